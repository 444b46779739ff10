//! The manifest reader on arbitrary bytes: any input is objects or one-line
//! errors that say where, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Err(errors) = kubetug::manifest::read_bytes("fuzz.yaml", bytes.to_vec()) {
        for error in &errors.0 {
            let line = error.to_string();
            assert!(!line.contains('\n'), "a message spans lines: {line:?}");
            assert!(line.starts_with("fuzz.yaml"), "a message without its file: {line:?}");
        }
    }
});
