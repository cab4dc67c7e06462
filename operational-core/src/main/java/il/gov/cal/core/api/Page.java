package il.gov.cal.core.api;

import java.util.List;

/**
 * One page of a list, in ascending id order. {@code next} is the cursor for the following page,
 * absent on the last one.
 *
 * @param items this page's items
 * @param next the opaque cursor to pass as {@code cursor} for the next page, or null
 */
public record Page<T>(List<T> items, String next) {}
