package lab.eulogin.sms.gateway;

/** The form fields of a create-Message request, as sent (any of them may be missing). */
public record SendRequest(String to, String from, String body, String statusCallback, String validityPeriod) {
}
