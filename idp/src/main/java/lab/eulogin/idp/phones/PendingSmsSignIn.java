package lab.eulogin.idp.phones;

/**
 * A browser between the password and the SMS challenge of "Mobile Phone + SMS" (FAQ SMS-03).
 *
 * @param number the registered number the last code went to
 * @param notice what the page says once: the code was sent, or why it was not
 */
public record PendingSmsSignIn(long accountId, String number, String notice) {
    public PendingSmsSignIn shown() {
        return new PendingSmsSignIn(accountId, number, null);
    }
}
