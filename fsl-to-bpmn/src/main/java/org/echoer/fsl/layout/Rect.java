package org.echoer.fsl.layout;

/** An axis-aligned rectangle in whole pixels: a shape or a label. */
record Rect(int x, int y, int width, int height) {

    Rect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size " + width + "x" + height);
        }
    }

    int maxX() {
        return x + width;
    }

    int maxY() {
        return y + height;
    }

    Rect translate(int dx, int dy) {
        return new Rect(x + dx, y + dy, width, height);
    }

    /** The smallest rectangle holding both. */
    Rect union(Rect other) {
        int minX = Math.min(x, other.x);
        int minY = Math.min(y, other.y);
        return new Rect(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }
}
