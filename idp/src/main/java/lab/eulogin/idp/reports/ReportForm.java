package lab.eulogin.idp.reports;

import java.util.List;

/**
 * What the user adds to a report, as sent.
 *
 * @param email              the account's address, when EU Login does not know it already
 * @param relationship       "the nature of your relationship with the Commission" (optional)
 * @param applicationAddress the application's address, when the sign-in request named none (optional)
 * @param urlSource          where that address came from ({@link UrlSource}); asked only when there is an address
 * @param description        the problem in the user's words
 * @param screenshots        the files chosen, in order
 */
public record ReportForm(String email, String relationship, String applicationAddress, String urlSource,
                         String description, List<Attachment> screenshots) {

    public ReportForm {
        screenshots = List.copyOf(screenshots);
    }
}
