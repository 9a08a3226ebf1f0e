# Builds with the project's own wrapper, runs on Java 25 (virtual threads), as an unprivileged user.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B --no-transfer-progress dependency:go-offline
COPY src src
RUN ./mvnw -B --no-transfer-progress -DskipTests package && cp target/sparkpulse-*.jar /src/app.jar
# Runs from plain jars (app.jar + lib/) rather than the nested fat jar: it starts faster, and classes load
# through the JDK's own loader instead of Spring Boot's NestedJarFile, whose monitor virtual threads were
# seen to deadlock on under overload (bench/results/overload-hang-threads-2026-11-27.txt).
RUN java -Djarmode=tools -jar /src/app.jar extract --destination /src/extracted

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 sparkpulse
WORKDIR /app
COPY --from=build /src/extracted/lib lib
COPY --from=build /src/extracted/app.jar app.jar
USER sparkpulse
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
