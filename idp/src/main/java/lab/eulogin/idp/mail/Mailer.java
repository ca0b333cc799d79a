package lab.eulogin.idp.mail;

/** Sends mail the way EU Login does, to whatever server the configuration names. */
public interface Mailer {
    Delivery send(OutgoingMail mail);
}
