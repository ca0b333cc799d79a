package lab.eulogin.steps.pages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.WebDriver;

/** After the registration form: an e-mail was sent to verify the address. */
public final class MailSentPage extends Page {
    /** "An e-mail has been sent to ADDRESS. Follow the link ...": the address, without the full stop after it. */
    private static final Pattern SENT_TO = Pattern.compile("sent to (\\S+@\\S+?)\\.?(\\s|$)");

    public MailSentPage(WebDriver driver) {
        super(driver, "register-mail-sent");
    }

    /** The address the page says the e-mail was sent to; fails when it says the mail could not be sent. */
    public String addressMailedTo() {
        assertCurrent();
        String sent = messageText("mail-sent");
        Matcher address = SENT_TO.matcher(sent);
        if (!address.find()) {
            throw new AssertionError("The page does not say where the e-mail was sent: " + sent);
        }
        return address.group(1);
    }
}
