package lab.eulogin.sms.gateway;

/**
 * How many SMS segments a body takes, as Twilio counts num_segments: GSM-7 text takes 160
 * characters in one segment and 153 per segment when split (extension characters such as € count
 * twice); anything else is sent as UCS-2, 70 and 67 UTF-16 units.
 */
public final class Segments {
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    private Segments() {
    }

    public static int count(String body) {
        int septets = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return split(body.length(), 70, 67);
            }
        }
        return split(septets, 160, 153);
    }

    private static int split(int units, int single, int perPart) {
        return units <= single ? 1 : (units + perPart - 1) / perPart;
    }
}
