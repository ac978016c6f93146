// Runs the built `noticekit` (NOTICEKIT_CLI, set by tests/cli/CMakeLists.txt) as a user
// does, through the shell, and collects its exit status, standard output and standard error.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace noticekit::cli::testing {

struct Run {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A folder of this test process's own, for the runs' output and the files tests write.
inline std::filesystem::path scratch_dir() {
  static const std::filesystem::path dir = [] {
    std::filesystem::path d = std::filesystem::temp_directory_path() /
                              ("noticekit-cli-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

inline std::string quoted(const std::string& text) { return "'" + text + "'"; }

// Runs `noticekit <arguments>` through the shell (arguments already quoted as needed).
inline Run run_cli(const std::string& arguments) {
  const std::filesystem::path out = scratch_dir() / "stdout";
  const std::filesystem::path err = scratch_dir() / "stderr";
  const std::string command = quoted(NOTICEKIT_CLI) + " " + arguments + " > " +
                              quoted(out.string()) + " 2> " + quoted(err.string());
  const int status = std::system(command.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
}

}  // namespace noticekit::cli::testing
