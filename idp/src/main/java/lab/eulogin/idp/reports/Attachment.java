package lab.eulogin.idp.reports;

/**
 * A file sent with a report, as it arrived.
 *
 * @param size  its size in bytes
 * @param bytes its content, or null when it was too large to be read
 */
public record Attachment(String fileName, long size, byte[] bytes) {
}
