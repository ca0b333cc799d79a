package lab.eulogin.mail.store;

import java.util.Locale;

/** Where a message was filed: the inbox, or the junk folder when a junk rule matched (FAQ ACC-07). */
public enum Folder {
    INBOX("INBOX"),
    JUNK("Junk");

    private final String label;

    Folder(String label) {
        this.label = label;
    }

    /** The name shown in the API, the web mailbox and IMAP. */
    public String label() {
        return label;
    }

    /** Reads a folder name as people type it ("inbox", "Junk", ...). */
    public static Folder parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Folder folder : values()) {
            if (folder.label.toLowerCase(Locale.ROOT).equals(wanted)) {
                return folder;
            }
        }
        throw new IllegalArgumentException("Unknown folder '" + name + "': use INBOX or Junk");
    }
}
