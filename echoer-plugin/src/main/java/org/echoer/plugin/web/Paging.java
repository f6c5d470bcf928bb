package org.echoer.plugin.web;

import java.util.List;

/** {@code ?page=&size=} over a list. */
final class Paging {

    static final int MAX_SIZE = 1000;

    private Paging() {
    }

    static <T> List<T> page(List<T> all, int page, int size) {
        check(page, size);
        int from = (int) Math.min(all.size(), (long) page * size);
        return all.subList(from, Math.min(all.size(), from + size));
    }

    /** Where a page starts, or empty when it starts past anything a database query can reach. */
    static java.util.Optional<Integer> offset(int page, int size) {
        check(page, size);
        long first = (long) page * size;
        return first > Integer.MAX_VALUE ? java.util.Optional.empty() : java.util.Optional.of((int) first);
    }

    static void check(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("page must be 0 or more and size between 1 and " + MAX_SIZE);
        }
    }
}
