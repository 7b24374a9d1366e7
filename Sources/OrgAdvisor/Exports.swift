// The OrgAdvisor library: every layer under one import, for programs that embed the advisor.
@_exported import OrgAdvisorBatch
@_exported import OrgAdvisorEngine
@_exported import OrgAdvisorReports
@_exported import OrgAdvisorRules
