package lab.eulogin.idp.phones;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of the SMS EU Login sends, in the account's e-mail language. */
public final class PhoneMessages {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private PhoneMessages() {
    }

    public static String text(ChallengePurpose purpose, Locale locale, String code, Duration validity) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.mail", locale, NO_FALLBACK);
        String key = purpose == ChallengePurpose.SIGN_IN ? "sms.signin" : "sms.addphone";
        return new MessageFormat(bundle.getString(key), locale).format(new Object[]{code, validity.toMinutes()});
    }
}
