package org.echoer.fsl.layout;

/** A point of the diagram, in whole pixels (BPMN DI accepts doubles; whole numbers keep the rules exact). */
record Point(int x, int y) {

    Point translate(int dx, int dy) {
        return new Point(x + dx, y + dy);
    }
}
