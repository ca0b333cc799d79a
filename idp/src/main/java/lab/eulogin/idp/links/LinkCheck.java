package lab.eulogin.idp.links;

/** What a link from an e-mail turned out to be, each with its own page (FAQ ACC-06, ACC-11, PWD-02). */
public sealed interface LinkCheck {
    /**
     * @param newEmail the address to confirm, for an e-mail change; null otherwise
     * @param service  the service a registration started from, to proceed to afterwards; null otherwise
     */
    record Valid(long accountId, LinkPurpose purpose, String newEmail, String service) implements LinkCheck { }

    /** Shorter than any link we send: split by the mail program or copied in part. */
    record Incomplete() implements LinkCheck { }

    record Unknown() implements LinkCheck { }

    record Used() implements LinkCheck { }

    record Expired() implements LinkCheck { }
}
