package uk.nhs.dorset.primarycare.base;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Runs every feature's {@link DemoData} in order; switched off with {@code hub.demo-data=false}. */
@Component
@Order(100)
@ConditionalOnProperty(name = "hub.demo-data", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
    private final List<DemoData> loaders;

    DemoDataRunner(List<DemoData> loaders) {
        this.loaders = loaders;
    }

    @Override
    public void run(ApplicationArguments args) {
        loaders.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(loader -> {
            log.debug("Demo data: {}", loader.getClass().getSimpleName());
            loader.load();
        });
    }
}
