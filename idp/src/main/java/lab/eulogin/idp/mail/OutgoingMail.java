package lab.eulogin.idp.mail;

/** One e-mail as EU Login sends it: plain text with an HTML alternative. */
public record OutgoingMail(String to, String subject, String text, String html) {
}
