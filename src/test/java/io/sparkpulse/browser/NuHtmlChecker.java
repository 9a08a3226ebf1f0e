package io.sparkpulse.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the Nu HTML Checker (vnu) over saved pages and returns its errors, one line each.
 */
final class NuHtmlChecker {

	private NuHtmlChecker() {
	}

	static List<String> errors(Path vnuJar, List<Path> pages) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xss4m", "-jar", vnuJar.toString(),
				"--errors-only", "--format", "json", "--stdout"));
		pages.forEach((page) -> command.add(page.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("vnu did not finish in 5 minutes");
		}
		JsonNode report = JsonMapper.builder().build().readTree(new String(output, StandardCharsets.UTF_8));
		List<String> errors = new ArrayList<>();
		for (JsonNode message : report.get("messages")) {
			if ("error".equals(message.path("type").asString()) || "fatal".equals(message.path("subType").asString())) {
				errors.add(message.path("url").asString() + ":" + message.path("lastLine").asInt() + ": "
						+ message.path("message").asString());
			}
		}
		return errors;
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
