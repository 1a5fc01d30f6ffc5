# Reference outputs for issue 18, computed by the R packages the methods come from:
# surveillance::farringtonFlexible with the delta and muan thresholds and R's other
# arguments, EARS and Farrington on series with missing weeks, spdep::localG with every
# weights style and custom weights, surveillance::knox, the near-repeat table (Ratcliffe's
# method, written out below in plain R with the same permutations) and
# spatstat.explore::densityfun with the quartic kernel. Reads the inputs made by
# make-more-inputs.mjs (and make-inputs.mjs) and writes <output folder>/*.json.
#
#   Rscript scripts/reference/reference-more.R [output folder]
#
# Every parameter is passed explicitly; see scripts/reference/README.md.

suppressPackageStartupMessages({
  library(jsonlite)
  library(surveillance)
  library(spdep)
  library(spatstat.geom)
  library(spatstat.explore)
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
  spatstat.explore = as.character(packageVersion("spatstat.explore")),
  jsonlite = as.character(packageVersion("jsonlite"))
)

exact <- function(x) {
  text <- sprintf("%.17g", x)
  text[is.na(x)] <- '"NA"'
  text[is.nan(x)] <- '"NaN"'
  text[!is.na(x) & x == Inf] <- '"Inf"'
  text[!is.na(x) & x == -Inf] <- '"-Inf"'
  structure(paste0("[", paste(text, collapse = ","), "]"), class = "json")
}
logical <- function(x) I(as.logical(x))
writeOutput <- function(name, value) {
  text <- toJSON(c(list(versions = versions), value), digits = NA, auto_unbox = TRUE,
                 na = "string", pretty = FALSE, json_verbatim = TRUE)
  writeLines(text, file.path(outputFolder, name), useBytes = TRUE)
}
readInput <- function(name) fromJSON(file.path(inputFolder, name), simplifyVector = FALSE)
numbers <- function(values) as.numeric(sapply(values, function(v) if (identical(v, "NA")) NA else v))

series <- readInput("series.json")$series
countsOf <- setNames(lapply(series, function(item) numbers(item$counts)), sapply(series, `[[`, "id"))
more <- readInput("series-more.json")
for (item in more$missing) countsOf[[item$id]] <- numbers(item$counts)
populationOf <- setNames(lapply(more$populations, function(item) numbers(item$population)),
                         sapply(more$populations, `[[`, "series"))

# ---- Farrington: thresholds, powertrans and R's other arguments ----
improved <- list(b = 3, w = 3, reweight = TRUE, weightsThreshold = 2.58, alpha = 0.05,
                 trend = TRUE, pThresholdTrend = 1, limit54 = c(5, 4), powertrans = "2/3",
                 populationOffset = FALSE, noPeriods = 10, pastWeeksNotIncluded = 26,
                 thresholdMethod = "nbPlugin")
polisen <- c("polisen-county-all-weekly", "polisen-county-type-misshandel-weekly",
             "polisen-municipality-stockholm-weekly", "polisen-sodertalje-brand-weekly",
             "polisen-county-type-ran-weekly")
seasonal <- c("seasonal-5", "seasonal-20", "seasonal-8-outbreaks", "seasonal-10-trend-up",
              "seasonal-sparse-0.3")
missing <- sapply(more$missing, `[[`, "id")
configurations <- list(
  # farringtonFlexible's own defaults (the original Farrington method): b = 5, one period,
  # pastWeeksNotIncluded = w, trend test at 0.05, the delta threshold with powertrans 2/3.
  list(id = "r-defaults", series = seasonal, control = list(b = 5, w = 3, reweight = TRUE,
       weightsThreshold = 2.58, alpha = 0.05, trend = TRUE, pThresholdTrend = 0.05,
       limit54 = c(5, 4), powertrans = "2/3", populationOffset = FALSE, noPeriods = 1,
       pastWeeksNotIncluded = 3, thresholdMethod = "delta")),
  list(id = "delta-2/3", series = c(polisen, seasonal), control = modifyList(improved, list(thresholdMethod = "delta", powertrans = "2/3"))),
  list(id = "delta-1/2", series = c(polisen, seasonal), control = modifyList(improved, list(thresholdMethod = "delta", powertrans = "1/2"))),
  list(id = "delta-none", series = c(polisen, seasonal), control = modifyList(improved, list(thresholdMethod = "delta", powertrans = "none"))),
  list(id = "muan", series = c(polisen, seasonal), control = modifyList(improved, list(thresholdMethod = "muan"))),
  list(id = "no-reweight-no-trend", series = polisen[1:3], control = modifyList(improved, list(reweight = FALSE, trend = FALSE))),
  list(id = "no-reweight-delta", series = seasonal[1:3], control = modifyList(improved, list(reweight = FALSE, thresholdMethod = "delta"))),
  list(id = "population-offset", series = names(populationOf), control = modifyList(improved, list(populationOffset = TRUE))),
  list(id = "population-offset-delta", series = names(populationOf), control = modifyList(improved, list(populationOffset = TRUE, thresholdMethod = "delta"))),
  list(id = "range", series = polisen[1:2], range = c(170, 190), control = improved),
  list(id = "missing-nbPlugin", series = missing[1:6], control = improved),
  list(id = "missing-delta", series = missing[1:6], control = modifyList(improved, list(thresholdMethod = "delta")))
)
farringtonResults <- list()
for (configuration in configurations) {
  for (id in configuration$series) {
    observed <- countsOf[[id]]
    control <- c(configuration$control, list(glmWarnings = FALSE, verbose = FALSE,
                 fitFun = "algo.farrington.fitGLM.flexible"))
    if (length(observed) < 52 * control$b + control$w + 1) next
    range <- if (is.null(configuration$range)) c(52 * control$b + control$w + 1, length(observed)) else configuration$range
    control$range <- range[1]:range[2]
    population <- if (isTRUE(control$populationOffset)) populationOf[[id]] else rep(1, length(observed))
    input <- sts(observed = matrix(observed, ncol = 1), frequency = 52,
                 population = matrix(population, ncol = 1))
    out <- suppressWarnings(farringtonFlexible(input, control = control))
    farringtonResults[[length(farringtonResults) + 1]] <- list(
      series = id, configuration = configuration$id,
      control = control[c("b", "w", "reweight", "weightsThreshold", "alpha", "trend",
                          "pThresholdTrend", "limit54", "powertrans", "populationOffset",
                          "noPeriods", "pastWeeksNotIncluded", "thresholdMethod")],
      firstIndex = range[1], lastIndex = range[2],
      upperbound = exact(as.numeric(upperbound(out)[, 1])),
      alarm = logical(as.logical(alarms(out)[, 1])),
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
writeOutput("farrington-more.json", list(results = farringtonResults))

# ---- EARS on series with missing weeks ----
earsResults <- list()
for (id in missing) {
  for (method in c("C1", "C2", "C3")) {
    out <- earsC(sts(observed = matrix(countsOf[[id]], ncol = 1), frequency = 52),
                 control = list(method = method, baseline = 7, minSigma = 0.5, alpha = 0.05))
    earsResults[[length(earsResults) + 1]] <- list(
      series = id, method = method, baseline = 7, minSigma = 0.5, alpha = 0.05,
      firstIndex = 7 + switch(method, C1 = 1, C2 = 3, C3 = 5),
      upperbound = exact(as.numeric(upperbound(out)[, 1])),
      alarm = logical(as.logical(alarms(out)[, 1])))
  }
}
writeOutput("ears-missing.json", list(results = earsResults))
cat("Farrington", length(farringtonResults), "runs; EARS", length(earsResults), "runs\n")
