// libFuzzer's driver, for a program that has its own `main`. It is in the libFuzzer runtime,
// which `-sanitize=fuzzer` links. See https://llvm.org/docs/LibFuzzer.html.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*testOneInput)(const uint8_t *data, size_t size));
