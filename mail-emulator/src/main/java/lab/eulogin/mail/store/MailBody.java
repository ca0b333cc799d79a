package lab.eulogin.mail.store;

/** A message's source as received: in the heap, or in the data folder's journal, read when shown. */
public interface MailBody {
    byte[] bytes();

    int size();
}
