package org.echoer.fsl.layout;

/** The look of the SVG pictures, in one place: change colours here, not in the renderer. */
final class SvgStyle {

    static final String CSS = """

            text { font-family: Arial, Helvetica, sans-serif; font-size: 12px; fill: #222; }
            .task > rect { fill: #fff; stroke: #333; stroke-width: 1.5; }
            .gateway > polygon { fill: #fff; stroke: #333; stroke-width: 1.5; }
            .gateway-marker { fill: none; stroke: #333; stroke-width: 3; stroke-linecap: round; }
            .event > circle { fill: #fff; stroke: #333; stroke-width: 1.5; }
            .event.end > circle { stroke-width: 4; }
            .passed > rect, .passed > polygon, .passed > circle { fill: #d5f5d0; }
            .current > rect, .current > polygon, .current > circle { stroke: #f28c00; stroke-width: 4; }
            .flow > polyline { fill: none; stroke: #444; stroke-width: 1.2; }
            .flow.passed > polyline { stroke: #3a9a3a; stroke-width: 2; }
            .arrowhead { fill: #444; stroke: none; }
            .label { font-size: 11px; fill: #555; }
            """;

    private SvgStyle() {
    }
}
