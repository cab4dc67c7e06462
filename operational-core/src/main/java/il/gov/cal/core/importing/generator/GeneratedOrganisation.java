package il.gov.cal.core.importing.generator;

/**
 * What was written for one organisation: the counts a reader of the file should find.
 *
 * @param companyId the issuer company id in the file's header
 * @param name the organisation's (ministry's) name
 * @param units how many units its hierarchy has, ministry included
 * @param cardholders cardholder records written
 * @param cards card account records written
 * @param transactions transaction records written, bad ones included
 * @param badRecords transaction records written deliberately wrong
 * @param nonNumericAmounts bad records whose billing amount is not a number
 * @param unknownAccounts bad records on a card number no account of the file declares
 * @param refunds refund records (type 11) among the transactions
 * @param reversals reversal records (type 30 or 31) among the transactions
 * @param foreignCurrency transactions whose source currency is not ILS
 * @param controlTotal the transaction block's control total, in agorot
 */
public record GeneratedOrganisation(
    String companyId,
    String name,
    int units,
    int cardholders,
    int cards,
    long transactions,
    long badRecords,
    long nonNumericAmounts,
    long unknownAccounts,
    long refunds,
    long reversals,
    long foreignCurrency,
    long controlTotal) {}
