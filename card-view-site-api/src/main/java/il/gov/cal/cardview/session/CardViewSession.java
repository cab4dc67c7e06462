package il.gov.cal.cardview.session;

/**
 * An open site session: the one cardholder and card the deep link was for. Every read of the site
 * is confined to this card.
 */
public record CardViewSession(long orgId, long cardholderId, long cardId) {}
