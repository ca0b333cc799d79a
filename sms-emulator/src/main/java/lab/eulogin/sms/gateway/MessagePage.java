package lab.eulogin.sms.gateway;

import java.util.List;

/**
 * One page of a Message list, newest first.
 *
 * @param start index of the first message within the whole filtered list
 * @param hasNext whether another page follows
 */
public record MessagePage(List<TwilioMessage> messages, int page, int pageSize, int start, boolean hasNext) {
}
