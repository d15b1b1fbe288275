//! What a text repeats as part of its own structure is content (DESIGN.md,
//! principle 9): texts worded unlike the samples, made of product boxes,
//! per-day labels, table headers, headings and lists, come back byte for
//! byte; a text printed twice keeps one whole copy.

use rinse::Cleaner;

#[track_caller]
fn assert_unchanged(text: &str) {
    let cleaned = Cleaner::new().clean(text);
    assert!(
        cleaned.edits.is_empty(),
        "edits on a clean text: {:#?}",
        cleaned.edits
    );
    assert_eq!(cleaned.text, text);
}

#[test]
fn repeated_product_boxes_stay() {
    let boxes: String = [
        (
            "Trailblazer 40 Backpack",
            "$129.00",
            "Water-resistant nylon, 40 litres, padded hip belt.",
        ),
        (
            "Summit Lite Daypack",
            "$79.00",
            "Weighs 480 grams and folds into its own pocket.",
        ),
        (
            "Ridgeline Duffel 60",
            "$149.00",
            "Two-way zips, removable shoulder strap, lifetime warranty.",
        ),
        (
            "Canyon Sling Bag",
            "$45.00",
            "Fits a tablet, a bottle and a rain jacket.",
        ),
    ]
    .iter()
    .map(|(name, price, blurb)| {
        format!("{name}\nPrice: {price}\nRating: 4.5 out of 5\n{blurb}\nIn stock\nCompare\n\n")
    })
    .collect();
    assert_unchanged(&format!(
        "The Best Hiking Packs of the Season\n\nWe carried each pack on three day hikes and one overnight trip before ranking them.\n\n{boxes}Prices were checked on the morning of publication and may have changed since.\n"
    ));
}

#[test]
fn per_day_labels_and_table_headers_stay() {
    let days = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let meals = [
        (
            "Oat porridge with pears",
            "Lentil and carrot soup",
            "Baked trout with greens",
        ),
        (
            "Rye toast with ricotta",
            "Chickpea salad",
            "Mushroom risotto",
        ),
    ];
    let mut plan = String::from(
        "A Week of Cheap Dinners\n\nEvery meal below costs less than four euros a portion.\n\n",
    );
    for (n, day) in days.iter().enumerate() {
        let (breakfast, lunch, dinner) = meals[n % 2];
        plan.push_str(&format!(
            "{day}\nBreakfast\n{breakfast}\nLunch\n{lunch}\nDinner\n{dinner}\n\n"
        ));
    }
    plan.push_str("Shop on Saturday morning, when the market sells the last of the week's vegetables cheaply.\n");
    assert_unchanged(&plan);

    let table = "Fuel economy by model\n\nModel\tCity\tHighway\nSedan A\t31\t40\nSedan B\t28\t37\n\n\
                 The hybrids do better in town, as expected.\n\nModel\tCity\tHighway\nHybrid A\t51\t47\nHybrid B\t49\t45\n";
    assert_unchanged(table);
}

#[test]
fn headings_and_steps_stay() {
    assert_unchanged(
        "How to Repot an Orchid\n\n\
         Orchids grow in bark, not soil, and they dislike wet roots more than anything else.\n\n\
         What you will need\n\n\
         A clear pot one size larger, fresh orchid bark and clean scissors are enough for most plants.\n\n\
         Step 1: take the plant out of its old pot\n\n\
         Squeeze the pot gently and ease the roots out, keeping the bark that clings to them.\n\n\
         Why the roots turn silver when they are dry and green when they are wet\n\n\
         The outer layer of an orchid root, the velamen, soaks up water and turns green as it fills.\n",
    );
}

#[test]
fn a_text_printed_twice_keeps_one_whole_copy() {
    let article = "Harbour Works Begin\n\n\
                   Work on the harbour wall began on Tuesday after two years of delays.\n\n\
                   The contractor expects the first section to be finished before the winter storms.\n\n\
                   Fishing boats will moor at the north quay until the work is done.\n";
    let twice = format!("{article}\n{article}");
    let cleaned = Cleaner::new().clean(&twice);
    assert_eq!(cleaned.text, article);
    // Two lines repeated as a pair are kept: nothing shows they are not
    // the text's own.
    assert_unchanged("Ahoy there\nFair winds\nAhoy there\nFair winds\n");
}
