package il.gov.cal.core.problem;

/**
 * One rejected input: where it is ({@code field}, a property name, query parameter or JSON
 * location) and why.
 *
 * @param field the property, parameter or location the client must fix
 * @param message why it was rejected
 */
public record FieldError(String field, String message) {}
