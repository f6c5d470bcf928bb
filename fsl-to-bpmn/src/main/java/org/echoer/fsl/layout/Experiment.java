package org.echoer.fsl.layout;

import org.eclipse.elk.alg.layered.options.*;
import org.eclipse.elk.graph.ElkNode;

/** TEMPORARY: option experiments. */
final class Experiment {
    static void apply(ElkNode root) {
        String t = System.getProperty("x.thoroughness");
        if (t != null) root.setProperty(LayeredOptions.THOROUGHNESS, Integer.parseInt(t));
        String c = System.getProperty("x.cross");
        if (c != null) root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.valueOf(c));
        String g = System.getProperty("x.greedy");
        if (g != null) root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.valueOf(g));
        String n = System.getProperty("x.place");
        if (n != null) root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.valueOf(n));
        String l = System.getProperty("x.layer");
        if (l != null) root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.valueOf(l));
        String m = System.getProperty("x.order");
        if (m != null) root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.valueOf(m));
        String lab = System.getProperty("x.label");
        if (lab != null) root.setProperty(LayeredOptions.EDGE_LABELS_CENTER_LABEL_PLACEMENT_STRATEGY, CenterEdgeLabelPlacementStrategy.valueOf(lab));
        String f = System.getProperty("x.force");
        if (f != null) root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, Boolean.parseBoolean(f));
    }
}
