# Reference outputs for the spatial statistics of issue 18: spdep::localG with every weights
# style and custom weights, surveillance::knox with fixed seeds, the near-repeat table
# (Ratcliffe's Near Repeat Calculator, written out below in plain R: no package has it) and
# spatstat.explore's quartic kernel density. Reads test/fixtures/reference/inputs/
# {grids,gi-weights,events,points}.json and writes <output folder>/*.json.
#
#   Rscript scripts/reference/reference-spatial.R [output folder]
#
# See scripts/reference/README.md for every parameter and the tolerances.

suppressPackageStartupMessages({
  library(jsonlite)
  library(surveillance)
  library(spdep)
  library(spatstat.geom)
  library(spatstat.explore)
})
# R >= 3.6's generator: Mersenne-Twister, Inversion, Rejection. The TypeScript side
# (src/analysis/near-repeat/r-random.ts) draws the same permutations from the same seed.
RNGkind("Mersenne-Twister", "Inversion", "Rejection")

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
writeOutput <- function(name, value) {
  text <- toJSON(c(list(versions = versions), value), digits = NA, auto_unbox = TRUE,
                 na = "string", pretty = FALSE, json_verbatim = TRUE)
  writeLines(text, file.path(outputFolder, name), useBytes = TRUE)
}
readInput <- function(name) fromJSON(file.path(inputFolder, name), simplifyVector = FALSE)

# ---- Gi* with every weights style, binary and custom weights ----
grids <- readInput("grids.json")$grids
customWeights <- setNames(lapply(readInput("gi-weights.json")$grids, `[[`, "weights"),
                          sapply(readInput("gi-weights.json")$grids, `[[`, "grid"))
giResults <- list()
for (grid in grids) {
  x <- as.numeric(unlist(grid$counts))
  n <- length(x)
  neighbours <- lapply(grid$neighbours, function(positions) {
    if (length(positions) == 0) 0L else sort(as.integer(unlist(positions)) + 1L)
  })
  class(neighbours) <- "nb"
  attr(neighbours, "region.id") <- as.character(seq_len(n))
  attr(neighbours, "sym") <- TRUE
  withSelf <- include.self(neighbours)
  weightSets <- list(binary = NULL)
  if (!is.null(customWeights[[grid$id]])) {
    # The cell's own weight is 1; each listed neighbour has its given weight.
    weightSets$custom <- lapply(seq_len(n), function(i) {
      listed <- as.integer(unlist(grid$neighbours[[i]])) + 1L
      given <- as.numeric(unlist(customWeights[[grid$id]][[i]]))
      all <- c(i, listed)
      c(1, given)[order(all)]
    })
  }
  for (weightsName in names(weightSets)) {
    for (style in c("B", "W", "C", "U", "S")) {
      listw <- nb2listw(withSelf, glist = weightSets[[weightsName]], style = style,
                        zero.policy = TRUE)
      g <- localG(x, listw, zero.policy = TRUE, return_internals = TRUE,
                  alternative = "two.sided")
      internals <- attr(g, "internals")
      giResults[[length(giResults) + 1]] <- list(
        grid = grid$id, weights = weightsName, style = style, z = exact(as.numeric(g)),
        G = exact(internals[, 1]), EG = exact(internals[, 2]), VG = exact(internals[, 3]),
        p = exact(internals[, 5]))
    }
  }
}
writeOutput("gi-star-styles.json", list(results = giResults))

# ---- Knox test (surveillance::knox) and the near-repeat table ----
events <- readInput("events.json")
eventSets <- setNames(lapply(events$eventSets, function(set) data.frame(
  x = sapply(set$events, `[[`, "x"), y = sapply(set$events, `[[`, "y"),
  t = sapply(set$events, `[[`, "t"))), sapply(events$eventSets, `[[`, "id"))
knoxResults <- lapply(events$knox, function(setting) {
  data <- eventSets[[setting$eventSet]]
  set.seed(setting$seed)
  result <- suppressWarnings(knox(dist(data$t), dist(cbind(data$x, data$y)),
                                  eps.t = setting$days, eps.s = setting$distance,
                                  simulate.p.value = TRUE, B = setting$permutations,
                                  .verbose = FALSE))
  list(eventSet = setting$eventSet, distance = setting$distance, days = setting$days,
       seed = setting$seed, permutations = setting$permutations,
       statistic = unname(result$statistic), expected = exact(unname(result$null.value)),
       pValue = exact(result$p.value[1]), poissonPValue = exact(attr(result$p.value, "Poisson")),
       table = as.integer(result$table))
})
writeOutput("knox.json", list(results = knoxResults))

# Distance band k: (k − 1)·d < distance ≤ k·d (the first band from 0), time band likewise;
# one more band each way for everything beyond. Expected: the mean over permutations of the
# events' days; p: (1 + #{permuted ≥ observed}) / (B + 1).
nearRepeat <- function(data, setting) {
  K <- setting$distanceBands
  T <- setting$dayBands
  bandOf <- function(value, width, bands) pmin(pmax(ceiling(value / width), 1), bands + 1)
  distanceBand <- bandOf(as.vector(dist(cbind(data$x, data$y))), setting$distanceBand, K)
  tabulateTimes <- function(times) {
    timeBand <- bandOf(as.vector(dist(times)), setting$dayBand, T)
    tabulate((distanceBand - 1) * (T + 1) + timeBand, nbins = (K + 1) * (T + 1))
  }
  observed <- tabulateTimes(data$t)
  set.seed(setting$seed)
  sums <- numeric(length(observed))
  atLeast <- rep(1, length(observed))
  for (run in seq_len(setting$permutations)) {
    permuted <- tabulateTimes(data$t[sample.int(nrow(data))])
    sums <- sums + permuted
    atLeast <- atLeast + (permuted >= observed)
  }
  expected <- sums / setting$permutations
  # Row by row: distance bands, each with its time bands.
  list(eventSet = setting$eventSet, distanceBand = setting$distanceBand, distanceBands = K,
       dayBand = setting$dayBand, dayBands = T, permutations = setting$permutations,
       seed = setting$seed, observed = observed, expected = exact(expected),
       ratio = exact(observed / expected), pValue = exact(atLeast / (setting$permutations + 1)))
}
nearRepeatResults <- lapply(events$nearRepeat, function(setting)
  nearRepeat(eventSets[[setting$eventSet]], setting))
writeOutput("near-repeat.json", list(results = nearRepeatResults))

# ---- Kernel density: spatstat's quartic kernel ----
# spatstat scales a kernel by its standard deviation: the quartic kernel with support radius
# h has sd h / sqrt(8), so sigma = h / sqrt(8) gives 3 / (pi h^2) (1 - d^2 / h^2)^2, ours.
# densityfun evaluates the sum exactly at given places (compared to 1e-9); density.ppp's
# pixel image convolves on a grid by FFT, with and without edge correction (kept to show the
# differences the README explains).
pointSets <- readInput("points.json")$pointSets
densityResults <- lapply(pointSets, function(set) {
  window <- owin(c(0, set$columns * set$cellSize), c(0, set$rows * set$cellSize))
  X <- ppp(sapply(set$points, `[[`, "x"), sapply(set$points, `[[`, "y"), window = window)
  sigma <- set$bandwidth / sqrt(8)
  centresX <- (seq_len(set$columns) - 0.5) * set$cellSize
  centresY <- (seq_len(set$rows) - 0.5) * set$cellSize
  grid <- expand.grid(x = centresX, y = centresY) # x fastest: row by row from the south
  f <- densityfun(X, sigma = sigma, kernel = "quartic", edge = FALSE)
  exactValues <- f(grid$x, grid$y)
  pixels <- function(edge) {
    image <- density.ppp(X, sigma = sigma, kernel = "quartic", edge = edge,
                         dimyx = c(set$rows, set$columns))
    as.numeric(t(as.matrix(image))) # as.matrix: rows are y from the south
  }
  list(pointSet = set$id, bandwidth = set$bandwidth, sigma = exact(sigma),
       cellSize = set$cellSize, columns = set$columns, rows = set$rows,
       densityfun = exact(exactValues), pixelsNoEdge = exact(pixels(FALSE)),
       pixelsEdge = exact(pixels(TRUE)))
})
writeOutput("kernel-density.json", list(results = densityResults))
cat("Wrote", length(giResults), "Gi* runs,", length(knoxResults), "Knox tests,",
    length(nearRepeatResults), "near-repeat tables and", length(densityResults),
    "density surfaces to", outputFolder, "\n")
