//! Throughput of the character stage alone (the `mojibake`,
//! `broken-apostrophe`, `html-entity` and `control-char` rules), on clean
//! text (mostly ASCII, Russian, and CJK), and on the mostly-ASCII text with 2% of
//! its lines damaged, against a
//! baseline measured in the same run on the same bytes: counting newlines
//! with `memchr` (what `wc -l` does).
//!
//! `rules` runs the rules' detection on a document segmented once;
//! `clean` is the whole `Cleaner` with only those rules (segmenting,
//! resolving and applying edits included).

#![allow(missing_docs)] // `criterion_group!` generates an undocumented `pub fn`.

use std::fs;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rinse::rules::{character_rules, Context, Findings};
use rinse::segment::Document;
use rinse::Cleaner;

/// About this many bytes of text per input.
const TARGET: usize = 4 << 20;

/// Clean article text from the samples and the clean-text corpus of the
/// tests, repeated to about [`TARGET`] bytes: the texts that are mostly
/// ASCII (English, German, Indonesian… with curly quotes and accents) when
/// `cyrillic` is false, the Russian ones (almost all non-ASCII) when true.
fn clean_corpus(cyrillic: bool) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<_> = ["samples", "tests/clean"]
        .iter()
        .flat_map(|dir| fs::read_dir(root.join(dir)).into_iter().flatten())
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        // The sample made to show character damage is not clean text.
        .filter(|p| !p.ends_with("samples/damaged-characters.txt"))
        .collect();
    paths.sort();
    let one: String = paths
        .iter()
        .map(|p| fs::read_to_string(p).unwrap() + "\n")
        .filter(|t| {
            let non_ascii = t.bytes().filter(|b| !b.is_ascii()).count();
            (non_ascii * 2 > t.len()) == cyrillic
        })
        .collect();
    one.repeat(TARGET / one.len().max(1) + 1)
}

/// Clean CJK article prose (Japanese, Chinese and Korean, written for this
/// bench), with the full-width punctuation, Latin words and digits such text
/// mixes in, repeated to about [`TARGET`] bytes.
fn clean_cjk() -> String {
    const ONE: &str = "\
東京都は１日、新しい防災計画を発表した。計画では、大規模な地震が起きた場合に備えて、\
避難所の数を２０３０年までに約１．５倍に増やすとしている。小池知事は記者会見で「都民の命を守ることが\
最優先だ」と述べ、区市町村との連携を強める考えを示した。また、外国人旅行者向けに英語や中国語、\
韓国語での情報発信も拡充する。専門家は「計画は評価できるが、実際に機能するかどうかは訓練次第だ」と話している。
今年の夏は全国的に気温が高く、気象庁によると、６月から８月までの平均気温は統計を取り始めた１８９８年以降で\
最も高くなった。熱中症で病院に運ばれた人は前の年より３割ほど多かった。
北京市政府周三宣布，将在未来三年内投资约两千亿元，用于改善城市公共交通系统。根据计划，\
地铁线路总长度将从目前的八百公里增加到一千公里以上，同时新增五十条公交专用道。\
市交通委员会负责人表示：“我们希望让市民的出行更加便捷、安全和环保。”不少市民对此表示欢迎，\
但也有专家指出，交通拥堵问题不能只靠修路解决，还需要合理规划城市功能布局。
據報導，台灣今年第三季的經濟成長率達到４．２％，高於市場預期。分析人士認為，半導體出口強勁是主要原因。
서울시는 내년부터 대중교통 요금을 인상한다고 밝혔다. 시는 \"운영 적자가 계속 늘고 있어 불가피한 결정\"이라고 설명했다. \
시민 단체들은 요금 인상에 앞서 서비스 개선이 먼저라고 주장했다.
";
    ONE.repeat(TARGET / ONE.len() + 1)
}

/// Damage typical of scraped text, one kind per damaged line.
const DAMAGE: &[&str] = &[
    " The cafÃ© didnâ€™t open.",
    " Trump¿s aides didn¿t comment.",
    " Tom &amp; Jerry&#8217;s &rsquo;show&rsquo;.",
    " in\u{200b}vest\u{feff}ment \u{1b}[1mnow\u{1b}[0m",
    " donÃ¢â‚¬â„¢t РїСЂРёРІРµС‚ caf√©",
    // The classes of issue #12: a lost byte, a lost no-break space, an
    // extra latin-1 layer, CESU-8, an upper-case entity, DOS code page 437.
    " SlovenÄ\u{fffd}ina voilÃ  le donÃ¢Â\u{80}Â\u{99}t í\u{a0}½í¸€ P&EACUTE;REZ caf├⌐ cr├¿me",
];

/// `text` with every 50th line (2%) damaged.
fn damage(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 50);
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if i % 50 == 0 {
            let body = line.trim_end_matches('\n');
            out.push_str(body);
            out.push_str(DAMAGE[(i / 50) % DAMAGE.len()]);
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

fn char_repair(c: &mut Criterion) {
    let clean = clean_corpus(false);
    let cyrillic = clean_corpus(true);
    let cjk = clean_cjk();
    let damaged = damage(&clean);
    let rules = character_rules();
    let cleaner = Cleaner::with_rules(rules.clone());
    let inputs = [
        ("clean", &clean),
        ("clean-cyrillic", &cyrillic),
        ("clean-cjk", &cjk),
        ("damaged-2pct", &damaged),
    ];
    for (name, text) in inputs {
        let doc = Document::plain(text);
        let mut group = c.benchmark_group(format!("char-repair/{name}"));
        group
            .throughput(Throughput::Bytes(text.len() as u64))
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(3))
            .sample_size(20);
        group.bench_function("rules", |b| {
            b.iter(|| {
                let cx = Context::new(black_box(&doc));
                let mut out = Findings::default();
                for rule in &rules {
                    rule.check(&cx, &mut out);
                }
                out.edits.len()
            })
        });
        group.bench_function("clean", |b| {
            b.iter(|| cleaner.clean(black_box(text)).edits.len())
        });
        group.bench_function("wc-l", |b| {
            b.iter(|| memchr::memchr_iter(b'\n', black_box(text.as_bytes())).count())
        });
        group.finish();
    }
}

criterion_group!(benches, char_repair);
criterion_main!(benches);
