// Catch2's runner, compiled once for both test binaries (noticekit_tests, noticekit_cli_tests):
// the implementation behind CATCH_CONFIG_MAIN is the slowest file of the build to compile.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
