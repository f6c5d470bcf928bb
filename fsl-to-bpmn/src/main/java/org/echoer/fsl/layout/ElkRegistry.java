package org.echoer.fsl.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/**
 * ELK's algorithm registry, made ready once. ELK cannot lay out without it: besides naming the algorithms
 * it registers the cloning helpers its options need. Outside Eclipse it fills itself through
 * {@link java.util.ServiceLoader}; if a repackaged jar lost ELK's service files, layered is registered
 * here by hand. The JVM runs the holder's initializer once, on one thread, before any reader sees it.
 */
final class ElkRegistry {

    private ElkRegistry() {
    }

    /** The id to set as {@code CoreOptions.ALGORITHM}, valid once this returns. */
    static String layeredAlgorithmId() {
        return Holder.LAYERED_ID;
    }

    private static final class Holder {

        static final String LAYERED_ID = ready();

        private static String ready() {
            LayoutMetaDataService service = LayoutMetaDataService.getInstance();
            if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
            return LayeredOptions.ALGORITHM_ID;
        }
    }
}
