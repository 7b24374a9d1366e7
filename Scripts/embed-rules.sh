#!/usr/bin/env bash
# Regenerates Sources/OrgAdvisorEngine/BuiltIn/BuiltInRuleFiles.swift from Rules/*.orgrules:
# the rule files' texts and their compiled archive, so that the default rule base ships
# inside the binary already compiled. Run it after editing Rules/; until then the test
# 'builtInRulesMatchRulesDirectory' fails.
set -euo pipefail
cd "$(dirname "$0")/.."
RECORD_SNAPSHOTS=1 swift test --filter 'BuiltInRulesTests/builtInRulesMatchRulesDirectory'
# Run the tests once more, now against the new archive.
swift test --filter BuiltInRulesTests
