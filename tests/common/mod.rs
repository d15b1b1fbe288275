//! Fixtures shared by the integration tests.
#![allow(dead_code)]

/// Prose with a promo line dropped between paragraphs three times: the
/// `repeated-block` rule removes every copy.
pub const PROMO: &str = "\
The council met on Tuesday to discuss the budget.
Subscribe to our newsletter for daily updates
Members argued about road repairs for two hours.
Subscribe to our newsletter for daily updates
The mayor promised a decision by the end of the month.
Subscribe to our newsletter for daily updates
Residents can comment online until Friday.
";

/// [`PROMO`] cleaned.
pub const PROMO_CLEANED: &str = "\
The council met on Tuesday to discuss the budget.
Members argued about road repairs for two hours.
The mayor promised a decision by the end of the month.
Residents can comment online until Friday.
";
