package lab.eulogin.idp.support;

import lab.eulogin.idp.reports.ProblemReports;

/**
 * The helpdesk's side of the IdP in one value for the composition root: problem reports
 * (FAQ HELP-01) and the support console with its staff, sessions, audit, account look-up and
 * actions (HELP-02).
 */
public record SupportDesk(ProblemReports reports, SupportStaff staff, StaffSessions sessions, SupportAudit audit,
                          AccountDiagnosis diagnosis, HelpdeskActions actions) {
}
