# Reference outputs for src/analysis/early-warning/, computed by the R packages the methods
# come from: surveillance::earsC, surveillance::farringtonFlexible, spdep::localG and
# stats::p.adjust. Reads test/fixtures/reference/inputs/*.json (made by make-inputs.mjs) and
# writes <output folder>/*.json at full precision.
#
#   Rscript scripts/reference/reference.R [output folder]
#
# The default output folder is test/fixtures/reference/outputs. Every parameter is passed
# explicitly, so a change of the packages' defaults cannot change the fixtures silently.
# See scripts/reference/README.md for what each parameter means and why it was chosen.

suppressPackageStartupMessages({
  library(jsonlite)
  library(surveillance)
  library(spdep)
})

arguments <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", arguments[grep("^--file=", arguments)])
root <- normalizePath(file.path(dirname(script), "..", ".."))
trailing <- commandArgs(trailingOnly = TRUE)
outputFolder <- if (length(trailing) > 0) trailing[1] else
  file.path(root, "test", "fixtures", "reference", "outputs")
dir.create(outputFolder, recursive = TRUE, showWarnings = FALSE)
inputFolder <- file.path(root, "test", "fixtures", "reference", "inputs")

versions <- list(
  R = R.version.string,
  surveillance = as.character(packageVersion("surveillance")),
  spdep = as.character(packageVersion("spdep")),
  jsonlite = as.character(packageVersion("jsonlite"))
)

# jsonlite writes at most 15 significant digits, so numeric vectors are formatted here with
# 17 (every double reads back exactly) and passed through verbatim. NA, NaN, Inf and -Inf
# are written as the strings "NA", "NaN", "Inf" and "-Inf".
exact <- function(x) {
  text <- sprintf("%.17g", x)
  text[is.na(x)] <- '"NA"'
  text[is.nan(x)] <- '"NaN"'
  text[!is.na(x) & x == Inf] <- '"Inf"'
  text[!is.na(x) & x == -Inf] <- '"-Inf"'
  structure(paste0("[", paste(text, collapse = ","), "]"), class = "json")
}

writeOutput <- function(name, value) {
  text <- toJSON(c(list(versions = versions), value), digits = NA, auto_unbox = TRUE,
                 na = "string", pretty = FALSE, json_verbatim = TRUE)
  writeLines(text, file.path(outputFolder, name), useBytes = TRUE)
}

series <- fromJSON(file.path(inputFolder, "series.json"), simplifyVector = FALSE)$series
counts <- function(item) as.numeric(unlist(item$counts))

# ---- EARS C1, C2, C3 (surveillance::earsC) ----
# Each configuration gives method, baseline, alpha and minSigma explicitly. "r-defaults" are
# earsC's own defaults: baseline 7, minSigma 0, alpha 0.001 for C1 and C2 and 0.025 for C3
# (earsC switches to 0.025 when the control list has no alpha and the method is C3).
earsConfigurations <- list(
  list(id = "r-defaults", baseline = 7, minSigma = 0, alpha = c(C1 = 0.001, C2 = 0.001, C3 = 0.025)),
  list(id = "alpha-0.05-minsigma-0.5", baseline = 7, minSigma = 0.5,
       alpha = c(C1 = 0.05, C2 = 0.05, C3 = 0.05)),
  list(id = "baseline-10-alpha-0.01", baseline = 10, minSigma = 0,
       alpha = c(C1 = 0.01, C2 = 0.01, C3 = 0.01))
)
earsResults <- list()
for (item in series) {
  observed <- counts(item)
  for (configuration in earsConfigurations) {
    for (method in c("C1", "C2", "C3")) {
      control <- list(method = method, baseline = configuration$baseline,
                      minSigma = configuration$minSigma,
                      alpha = unname(configuration$alpha[method]))
      result <- tryCatch({
        out <- earsC(sts(observed = matrix(observed, ncol = 1), frequency = 52), control = control)
        list(firstIndex = out@control$range[1],
             upperbound = exact(as.numeric(upperbound(out)[, 1])),
             alarm = I(as.logical(alarms(out)[, 1])))
      }, error = function(condition) list(error = conditionMessage(condition)),
      warning = function(condition) list(error = paste("warning:", conditionMessage(condition))))
      earsResults[[length(earsResults) + 1]] <- c(
        list(series = item$id, configuration = configuration$id, method = method,
             baseline = configuration$baseline, minSigma = configuration$minSigma,
             alpha = unname(configuration$alpha[method])), result)
    }
  }
}
writeOutput("ears.json", list(results = earsResults))

# ---- The improved Farrington method (surveillance::farringtonFlexible) ----
# Noufaily et al. (2013) settings as the package documents them: ten seasonal periods,
# the last 26 weeks left out, reweighting past outbreaks above 2.58, the negative binomial
# plug-in threshold. b = 3 years by default because the police archive holds four years.
farringtonConfigurations <- list(
  list(id = "improved-b3", b = 3, w = 3, alpha = 0.05, pThresholdTrend = 1, minimumLength = 0),
  list(id = "improved-b5", b = 5, w = 3, alpha = 0.05, pThresholdTrend = 1, minimumLength = 300),
  list(id = "improved-b3-trend-test", b = 3, w = 3, alpha = 0.01, pThresholdTrend = 0.05,
       minimumLength = 300)
)
farringtonResults <- list()
for (item in series) {
  if (item$frequency != "week") next
  observed <- counts(item)
  for (configuration in farringtonConfigurations) {
    if (length(observed) < max(configuration$minimumLength, 52 * configuration$b + configuration$w + 1)) next
    control <- list(b = configuration$b, w = configuration$w, reweight = TRUE,
                    weightsThreshold = 2.58, glmWarnings = FALSE, alpha = configuration$alpha,
                    trend = TRUE, pThresholdTrend = configuration$pThresholdTrend,
                    limit54 = c(5, 4), powertrans = "2/3",
                    fitFun = "algo.farrington.fitGLM.flexible", populationOffset = FALSE,
                    noPeriods = 10, pastWeeksNotIncluded = 26, thresholdMethod = "nbPlugin")
    out <- farringtonFlexible(sts(observed = matrix(observed, ncol = 1), frequency = 52),
                              control = control)
    farringtonResults[[length(farringtonResults) + 1]] <- list(
      series = item$id, configuration = configuration$id, b = configuration$b,
      w = configuration$w, alpha = configuration$alpha,
      pThresholdTrend = configuration$pThresholdTrend,
      firstIndex = out@control$range[1],
      upperbound = exact(as.numeric(upperbound(out)[, 1])),
      alarm = I(as.logical(alarms(out)[, 1])),
      expected = exact(as.numeric(out@control$expected[, 1])),
      mu0 = exact(as.numeric(out@control$mu0Vector[, 1])),
      phi = exact(as.numeric(out@control$phiVector[, 1])),
      trend = exact(as.numeric(out@control$trend[, 1])),
      trendCoefficient = exact(as.numeric(out@control$trendVector[, 1])),
      score = exact(as.numeric(out@control$score[, 1])),
      pvalue = exact(as.numeric(out@control$pvalue[, 1]))
    )
  }
}
writeOutput("farrington.json", list(results = farringtonResults))

# ---- Getis-Ord Gi* (spdep::localG) with binary weights, the cell included ----
grids <- fromJSON(file.path(inputFolder, "grids.json"), simplifyVector = FALSE)$grids
giResults <- list()
for (grid in grids) {
  x <- as.numeric(unlist(grid$counts))
  neighbours <- lapply(grid$neighbours, function(positions) {
    if (length(positions) == 0) 0L else sort(as.integer(unlist(positions)) + 1L)
  })
  class(neighbours) <- "nb"
  attr(neighbours, "region.id") <- as.character(seq_along(x))
  attr(neighbours, "sym") <- TRUE
  weights <- nb2listw(include.self(neighbours), style = "B", zero.policy = TRUE)
  g <- localG(x, weights, zero.policy = TRUE, return_internals = TRUE,
              alternative = "two.sided")
  internals <- attr(g, "internals")
  p <- as.numeric(internals[, 5])
  giResults[[length(giResults) + 1]] <- list(
    grid = grid$id, z = exact(as.numeric(g)), p = exact(p),
    expected = exact(as.numeric(internals[, 2])), variance = exact(as.numeric(internals[, 3])),
    pAdjustedBH = exact(p.adjust(p, method = "BH"))
  )
}
writeOutput("gi-star.json", list(results = giResults))

# ---- Benjamini-Hochberg (stats::p.adjust) on further p-value sets ----
sets <- fromJSON(file.path(inputFolder, "p-values.json"), simplifyVector = FALSE)$sets
bhResults <- lapply(sets, function(set) {
  p <- as.numeric(unlist(set$values))
  list(set = set$id, adjusted = exact(p.adjust(p, method = "BH")))
})
writeOutput("benjamini-hochberg.json", list(results = bhResults))
cat("Wrote", length(earsResults), "EARS runs,", length(farringtonResults), "Farrington runs,",
    length(giResults), "grids and", length(bhResults), "p-value sets to", outputFolder, "\n")
