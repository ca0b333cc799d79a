package lab.eulogin.idp.mail;

/** What happened to a mail handed to the mailer. */
public enum Delivery {
    /** The mail server took it. */
    SENT,
    /** The server could not take it yet; it is retried until it does (the page says it may take a while). */
    QUEUED,
    /** The server refused it for good; support staff see why. */
    FAILED
}
