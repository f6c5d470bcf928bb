package org.echoer.webapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Camunda 7 with the echoer bridge: echoer's API on port 8080, Cockpit at /camunda/app/cockpit/. */
@SpringBootApplication
public class EchoerApplication {

    public static void main(String[] args) {
        NioBufferCache.cap();
        SpringApplication.run(EchoerApplication.class, args);
    }
}
