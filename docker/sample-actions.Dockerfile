# echoer's demo business services. Build from the repository root:
#   docker build -f docker/sample-actions.Dockerfile -t echoer-sample-actions .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -ntp -pl sample-actions -am package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system echoer
COPY --from=build /src/sample-actions/target/sample-actions.jar /app/sample-actions.jar
USER echoer
EXPOSE 18080
ENTRYPOINT ["java", "-jar", "/app/sample-actions.jar", "--host", "0.0.0.0"]
