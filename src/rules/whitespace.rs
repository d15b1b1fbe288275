//! `whitespace`: trailing spaces, whitespace-only lines, runs of blank lines.

use std::borrow::Cow;

use super::{Context, Findings, Rule, RuleKind};

/// Removes trailing spaces, empties whitespace-only lines and collapses
/// runs of blank lines.
pub struct Whitespace;

impl Rule for Whitespace {
    fn id(&self) -> &'static str {
        "whitespace"
    }

    fn summary(&self) -> &'static str {
        "trailing spaces, whitespace-only lines, runs of blank lines"
    }

    fn explain(&self) -> &'static str {
        "Removes whitespace that carries no meaning.\n\n\
         What it catches: spaces and tabs at the end of a line, lines that \
         hold only whitespace, blank lines before the first line of text, \
         more than one line break after the last, and runs of blank lines \
         longer than the document's own paragraph separator (at least one \
         blank line is always allowed, so a section break survives).\n\n\
         It also turns a no-break space and the other odd spaces \
         (U+2000–U+200A, U+202F, U+205F) into a plain space, and CRLF or a \
         lone CR into LF.\n\n\
         A line that holds a zero-width space is not blank: it is the \
         document's own empty paragraph and stays, so a text that separates \
         its paragraphs with such lines keeps its line structure (see \
         `control-char`, which leaves a zero-width space alone on its line).\n\n\
         Signals: only the gaps between lines and those odd characters are \
         touched; indentation at the start of a line and ordinary spacing \
         inside a line stay as they are.\n\n\
         Example: `First.   \\n\\n\\n\\n\\nSecond.` becomes `First.\\n\\nSecond.`"
    }

    fn kind(&self) -> RuleKind {
        RuleKind::Block
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        let text = doc.text;
        super::odd_space::odd_spaces(text, out);
        let Some(first) = doc.blocks.first() else {
            if !text.is_empty() {
                out.remove(0..text.len(), "text holds only whitespace");
            }
            return;
        };
        if first.span.start > 0 {
            out.remove(0..first.span.start, "blank lines before the text");
        }
        let allowed = doc.separator.max(2);
        let last = doc.blocks.len() - 1;
        for i in 0..=last {
            let gap = doc.gap_after(i);
            let found = &text[gap.clone()];
            // What `doc.breaks_after(i)` counts, without a second look when
            // the gap is line breaks only (as it nearly always is).
            let only_breaks = found.bytes().all(|b| b == b'\n');
            let breaks = if only_breaks {
                found.len()
            } else {
                doc.breaks_after(i)
            };
            let wanted = if i == last {
                breaks.min(1)
            } else {
                breaks.min(allowed)
            };
            if found.len() == wanted && only_breaks {
                continue;
            }
            let reason: Cow<'static, str> = if breaks > wanted {
                if i == last {
                    "blank lines after the text".into()
                } else {
                    format!("{} blank lines collapsed to {}", breaks - 1, wanted - 1).into()
                }
            } else {
                "trailing whitespace".into()
            };
            out.replace(gap, "\n".repeat(wanted), reason);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_cleaned, assert_kept};

    #[test]
    fn removes() {
        let cases = [
            ("Line one.   \nLine two.\n", "Line one.\nLine two.\n"),
            ("Line one.\t\nLine two.", "Line one.\nLine two."),
            ("One.\n   \nTwo.\n", "One.\n\nTwo.\n"),
            ("One.\n\n\n\n\nTwo.\n", "One.\n\nTwo.\n"),
            ("\n\n\nOne.\nTwo.\n", "One.\nTwo.\n"),
            ("  \n \nOne.\n", "One.\n"),
            ("One.\nTwo.\n\n\n\n", "One.\nTwo.\n"),
            ("One.\nTwo.   ", "One.\nTwo."),
            ("A.\n\nB.\n\nC.\n\n\n\n\n\nD.\n", "A.\n\nB.\n\nC.\n\nD.\n"),
            ("A.\nB.\n \t \n\n\n\nC.\n", "A.\nB.\n\nC.\n"),
            ("   \n\n", ""),
            ("Heading  \n\nBody text.\n", "Heading\n\nBody text.\n"),
            ("One\u{a0}two.\r\nThree.\r\n", "One two.\nThree.\n"),
            ("Line one.\u{a0}\nLine two.", "Line one.\nLine two."),
        ];
        for (input, expected) in cases {
            assert_cleaned(&Whitespace, input, expected);
        }
    }

    #[test]
    fn keeps() {
        let cases = [
            "",
            "One line, no newline",
            "One.\nTwo.\n",
            "One.\n\nTwo.\n\nThree.\n",
            "Section one.\nText.\n\nSection two.\nText.\n",
            "    indented code\n    more code\n",
            "Spaces  inside  a  line stay.\n",
            "Poem line\n  indented reply\n",
            "A.\n\n\nB.\n\n\nC.\n\n\nD.\n",
            "Curly “quotes” — and dashes.\n",
            "Tab\tinside.\n",
            "Zero\u{200d}width joiner stays, and so does a tab\there.\n",
            // Zero-width spaces alone on their lines are no blank lines.
            "One.\n\n\u{200b}\n\nTwo.\n\n\u{200b}\n\n\u{200b}\n\nThree.\n",
            "One.\n\u{200b}\nTwo.\n\u{200b}\nThree.\n",
        ];
        for input in cases {
            assert_kept(&Whitespace, input);
        }
    }
}
