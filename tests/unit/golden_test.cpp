// Golden cases: tests/golden/<case>/sheet.json (+ request.json) → the expected files beside
// it, one per output (<lang>.<channel>.txt, <lang>.email.html, <lang>.<channel>.<field> for
// further renderings such as eml) plus findings.txt.
// NOTICEKIT_UPDATE_GOLDEN=1 rewrites them and lists what changed; read each changed file as
// its reader would (README, "Golden files — changing a notice"). Any other value fails, so
// a typo such as =0 or =true can never make the test rewrite what it checks and pass.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "noticekit/noticekit.h"
#include "output_invariants.h"

namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

noticekit::Request read_request(const fs::path& dir) {
  noticekit::Request r;
  if (!fs::exists(dir / "request.json")) return r;
  const auto j = nlohmann::json::parse(read_file(dir / "request.json"));
  r.languages = j.value("languages", std::vector<std::string>{});
  r.channels = j.value("channels", std::vector<std::string>{});
  r.kind = j.value("kind", std::string());
  return r;
}

// What the expected files of a case hold, by file name.
std::map<std::string, std::string> expected_files(const noticekit::Result& result) {
  std::map<std::string, std::string> files;
  const auto j = ordered_json::parse(result.json);
  std::string findings = "status: " + std::to_string(static_cast<int>(result.status)) + "\n";
  for (const auto& f : j["findings"]) {
    findings += f["severity"].get<std::string>() + " " + f["code"].get<std::string>() + " at " +
                (f["path"].get<std::string>().empty() ? "(input)" : f["path"].get<std::string>()) +
                (f.contains("channel") ? " (" + f["lang"].get<std::string>() + "." +
                                             f["channel"].get<std::string>() + ")"
                                       : std::string()) +
                "\n  " + f["message"].get<std::string>() + "\n";
  }
  if (j["completeness"].is_object()) {
    findings += "completeness: " + std::to_string(j["completeness"]["score"].get<int>());
    for (const auto& m : j["completeness"]["missing"])
      findings += " -" + m["item"].get<std::string>();
    findings += "\n";
  }
  files["findings.txt"] = findings;
  for (const auto& o : j["outputs"]) {
    const std::string stem = o["lang"].get<std::string>() + "." + o["channel"].get<std::string>();
    std::string text = "metrics: " + o["metrics"].dump() + "\n";
    if (o.contains("subject")) text += "subject: " + o["subject"].get<std::string>() + "\n";
    text += '\n';
    text += o["text"].get<std::string>();
    if (text.back() != '\n') text += '\n';  // so the file ends like every text file
    files[stem + ".txt"] = text;
    // html and every further rendering a channel offers (eml, payload, ics, …) get a file.
    for (const auto& [key, value] : o.items()) {
      if (key == "html")
        files[stem + ".html"] = value.get<std::string>();
      else if (value.is_string() && key != "kind" && key != "channel" && key != "lang" &&
               key != "subject" && key != "text")
        files[stem + "." + key] = value.get<std::string>();
    }
  }
  return files;
}

bool is_expected_file(const fs::path& p) {
  const auto name = p.filename().string();
  return name != "sheet.json" && name != "request.json";
}

// Writes the case's expected files anew and says which changed, so each can be read.
void rewrite(const fs::path& dir, const std::map<std::string, std::string>& files) {
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!is_expected_file(entry.path())) continue;
    if (files.count(entry.path().filename().string()) == 0) {
      std::cout << "golden: removed " << entry.path().string() << "\n";
      fs::remove(entry.path());
    }
  }
  for (const auto& [name, content] : files) {
    const auto path = dir / name;
    const bool existed = fs::exists(path);
    if (existed && read_file(path) == content) continue;
    std::ofstream(path, std::ios::binary) << content;
    std::cout << "golden: " << (existed ? "changed " : "added ") << path.string() << "\n";
  }
}

}  // namespace

TEST_CASE("golden cases render exactly as reviewed", "[golden]") {
  const char* update_flag = std::getenv("NOTICEKIT_UPDATE_GOLDEN");
  if (update_flag && std::string(update_flag) != "1")
    FAIL("NOTICEKIT_UPDATE_GOLDEN is '" << update_flag << "': set it to 1 to rewrite the golden "
                                        << "files on purpose, or unset it to check them");
  const bool update = update_flag != nullptr;
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(NOTICEKIT_GOLDEN_DIR))
    if (fs::exists(entry.path() / "sheet.json")) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 6);

  for (const auto& dir : cases) {
    SECTION(dir.filename().string()) {
      const auto result = noticekit::render(read_file(dir / "sheet.json"), read_request(dir));
      noticekit::testing::check_outputs_within_limits_or_explained(ordered_json::parse(result.json),
                                                                   dir.filename().string());
      const auto files = expected_files(result);
      if (update) rewrite(dir, files);
      for (const auto& [name, content] : files) {
        INFO(dir.filename().string() + "/" + name + " (NOTICEKIT_UPDATE_GOLDEN=1 rewrites it)");
        REQUIRE(fs::exists(dir / name));
        CHECK(read_file(dir / name) == content);
      }
      // A file the renderer no longer produces is stale: it would mislead a reviewer.
      for (const auto& entry : fs::directory_iterator(dir)) {
        if (!is_expected_file(entry.path())) continue;
        INFO("stale golden file " + entry.path().string());
        CHECK(files.count(entry.path().filename().string()) == 1);
      }
    }
  }
}
