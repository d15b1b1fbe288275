//! The `rinse` command line: parses arguments and moves bytes.

fn main() {
    let mut input = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut input).ok();
    print!("{}", rinse::clean(&input));
}
