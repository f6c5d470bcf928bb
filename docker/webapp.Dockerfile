# echoer: the application with Cockpit. Build from the repository root:
#   docker build -f docker/webapp.Dockerfile -t echoer .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -ntp -pl webapp -am package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home-dir /app echoer
WORKDIR /app
COPY --from=build /src/webapp/target/echoer.jar /app/echoer.jar
RUN mkdir /app/data && chown echoer /app/data
USER echoer
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/flowrun > /dev/null || exit 1
ENTRYPOINT ["java", "-jar", "/app/echoer.jar"]
