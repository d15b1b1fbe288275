//! Whole-page text: which lines are page chrome rather than article.
