package lab.eulogin.idp.reports;

import lab.eulogin.idp.phones.SmsChallenges;

/**
 * What EU Login itself knows when a problem is reported, gathered on the server and never taken
 * from the form: the browser cannot make a report say another account's SMS came and went.
 *
 * @param accountId      the account the browser proved it holds (signed in, or past the password), or null
 * @param accountEmail   that account's address, or null
 * @param serviceId      the registered application that sent the browser to sign in, or null
 * @param serviceName    its name, as the sign-in page shows it
 * @param serviceUrl     the address it gave (the {@code service} parameter)
 * @param sms            the account's last SMS asked for and received; null without a proven account
 * @param userAgent      the browser, as it names itself
 */
public record ReportContext(Long accountId, String accountEmail, String serviceId, String serviceName,
                            String serviceUrl, SmsChallenges.History sms, String userAgent) {

    public boolean accountProven() {
        return accountId != null;
    }

    public boolean serviceKnown() {
        return serviceUrl != null;
    }
}
