package lab.eulogin.idp.mail;

/** Sends mail the way EU Login does, to whatever server the configuration names. */
public interface Mailer {
    /** @throws MailDeliveryException when the server refuses or cannot be reached */
    void send(OutgoingMail mail);
}
