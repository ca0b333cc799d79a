package lab.eulogin.mail.imap;

import com.icegreen.greenmail.imap.AuthorizationException;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.InMemoryStore;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lab.eulogin.mail.store.Folder;
import lab.eulogin.mail.store.MailStore;
import lab.eulogin.mail.store.StoredMail;

/**
 * GreenMail's folder hierarchy, with each mailbox's INBOX and Junk served from the lab's store
 * ({@link StoreFolder}) instead of GreenMail's in-memory copy, which took most of the heap (some
 * 6 KB a message). Folders a client creates itself stay GreenMail's own. GreenMail's folders are
 * kept for the hierarchy (names, children) and swapped for ours on the way in and out.
 */
public final class LabImapStore extends InMemoryStore implements MailStore.Listener {
    private final MailStore store;
    private final ParsedMessages parsed = new ParsedMessages();
    private final Map<MailFolder, StoreFolder> byGreenMailFolder = new ConcurrentHashMap<>();
    private final Map<String, StoreFolder> byMailbox = new ConcurrentHashMap<>();

    public LabImapStore(MailStore store) {
        this.store = store;
        store.listen(this);
    }

    /**
     * The IMAP folder of {@code user} that shows {@code folder} of the store, created the first
     * time (INBOX comes with the account; Junk is made when first needed).
     */
    public MailFolder folder(ImapHostManager imap, GreenMailUser user, String mailbox, Folder folder)
            throws FolderException {
        StoreFolder known = byMailbox.get(key(mailbox, folder));
        if (known != null) {
            return known;
        }
        synchronized (this) {
            known = byMailbox.get(key(mailbox, folder));
            if (known != null) {
                return known;
            }
            MailFolder plain = unwrap(folder == Folder.INBOX ? imap.getInbox(user)
                    : imap.getFolder(user, folder.label()));
            if (plain == null) {
                try {
                    plain = unwrap(imap.createMailbox(user, folder.label()));
                } catch (AuthorizationException e) {
                    throw new FolderException(e);
                }
            }
            StoreFolder created = new StoreFolder(store, parsed, mailbox, folder, plain);
            store.follow(mailbox, folder, () -> {
                byMailbox.put(key(mailbox, folder), created);
                byGreenMailFolder.put(created.greenMailFolder(), created);
            }, uid -> created.arrived(uid, false));
            return created;
        }
    }

    private static String key(String mailbox, Folder folder) {
        return mailbox + "\n" + folder.label();
    }

    private MailFolder wrap(MailFolder folder) {
        if (folder == null) {
            return null;
        }
        StoreFolder ours = byGreenMailFolder.get(folder);
        return ours != null ? ours : folder;
    }

    private static MailFolder unwrap(MailFolder folder) {
        return folder instanceof StoreFolder ours ? ours.greenMailFolder() : folder;
    }

    private List<MailFolder> wrapAll(Collection<MailFolder> folders) {
        return folders.stream().map(this::wrap).toList();
    }

    // ---- the store's changes, its lock held ----

    @Override
    public void added(StoredMail mail) {
        StoreFolder folder = byMailbox.get(key(mail.mailbox(), mail.folder()));
        if (folder != null) {
            folder.arrived(mail.id(), true);
        }
    }

    @Override
    public void removed(List<StoredMail> mails) {
        for (StoredMail mail : mails) {
            StoreFolder folder = byMailbox.get(key(mail.mailbox(), mail.folder()));
            if (folder != null) {
                folder.removed(List.of(mail.id()));
            }
        }
    }

    @Override
    public void purged() {
        byMailbox.values().forEach(StoreFolder::purged);
    }

    // ---- GreenMail's Store, with our folders in place of its own ----

    @Override
    public MailFolder getMailbox(String absoluteMailboxName) {
        return wrap(super.getMailbox(absoluteMailboxName));
    }

    @Override
    public MailFolder getMailbox(MailFolder parent, String name) {
        return wrap(super.getMailbox(unwrap(parent), name));
    }

    @Override
    public Collection<MailFolder> getChildren(MailFolder parent) {
        return wrapAll(super.getChildren(unwrap(parent)));
    }

    @Override
    public MailFolder createMailbox(MailFolder parent, String mailboxName, boolean selectable) throws FolderException {
        return wrap(super.createMailbox(unwrap(parent), mailboxName, selectable));
    }

    @Override
    public MailFolder setSelectable(MailFolder folder, boolean selectable) {
        return wrap(super.setSelectable(unwrap(folder), selectable));
    }

    @Override
    public void deleteMailbox(MailFolder folder) throws FolderException {
        MailFolder plain = unwrap(folder);
        super.deleteMailbox(plain);
        StoreFolder ours = byGreenMailFolder.remove(plain);
        if (ours != null) {
            byMailbox.values().remove(ours);
        }
    }

    @Override
    public void renameMailbox(MailFolder existingFolder, String newName) throws FolderException {
        super.renameMailbox(unwrap(existingFolder), newName);
    }

    @Override
    public Collection<MailFolder> listMailboxes(String searchPattern) throws FolderException {
        return wrapAll(super.listMailboxes(searchPattern));
    }
}
