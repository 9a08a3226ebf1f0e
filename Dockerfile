# Builds with the project's own wrapper, runs on Java 25 (virtual threads), as an unprivileged user.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B --no-transfer-progress dependency:go-offline
COPY src src
RUN ./mvnw -B --no-transfer-progress -DskipTests package && cp target/sparkpulse-*.jar /src/app.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 sparkpulse
WORKDIR /app
COPY --from=build /src/app.jar app.jar
USER sparkpulse
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
