import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyPaper } from '../../../src/lib/topics/classify-paper.ts';
import { readVocabulary } from '../../../src/lib/topics/read-vocabulary.ts';

const vocabulary = await readVocabulary(fileURLToPath(new URL('../../../content/topics.yaml', import.meta.url)));

/**
 * Papers written for these tests in the style of typical ML abstracts (not taken from any listing).
 * Every topic in `expected` must be assigned (a single one must come first); any other assigned
 * topic must be listed in `also` (acceptable, but not required).
 */
const cases: Array<{ title: string; abstract: string; expected: string[]; also?: string[] }> = [
  {
    title: 'Rethinking Over-Smoothing in Deep Message Passing Networks',
    abstract:
      'Graph neural networks (GNNs) degrade as depth grows because node representations converge, a phenomenon known as over-smoothing. We revisit this effect for message passing architectures and show that a simple residual gating on the aggregation step keeps node features distinguishable for up to 64 layers. On node classification and link prediction benchmarks, deep GNNs with our gating match or exceed shallow baselines.',
    expected: ['graph-neural-networks'],
  },
  {
    title: 'Are KANs More Parameter-Efficient than MLPs?',
    abstract:
      'Kolmogorov-Arnold Networks (KANs) replace fixed activations with learnable univariate functions parameterised by B-splines. We compare KANs and multilayer perceptrons at matched parameter counts on function fitting, PDE solving and image classification. KANs win on smooth low-dimensional targets but lose on noisy high-dimensional data, and their training is several times slower.',
    expected: ['kolmogorov-arnold-networks'],
    also: ['efficient-deep-learning', 'scientific-machine-learning'],
  },
  {
    title: 'Learning Noise Schedules for Fast Sampling of Diffusion Models',
    abstract:
      'Denoising diffusion probabilistic models generate high-quality images but require hundreds of network evaluations at sampling time. We learn the noise schedule jointly with the denoiser so that the reverse process can be discretised with as few as ten steps. On CIFAR-10 and ImageNet 64x64 our sampler reaches an FID comparable to 1000-step DDPM while being 50 times faster.',
    expected: ['generative-models'],
  },
  {
    title: 'Low-Latency Streaming Speech Recognition with Chunked Conformer Transducers',
    abstract:
      'End-to-end automatic speech recognition (ASR) systems often trade accuracy for latency in streaming settings. We propose a chunked conformer transducer that attends to a small look-ahead window of acoustic frames. On LibriSpeech, our model reduces word error rate by 8% relative to a streaming baseline at the same 320 ms latency, and it transfers to noisy far-field speech.',
    expected: ['speech-and-audio'],
  },
  {
    title: 'Personalized Federated Learning under Heterogeneous Client Data',
    abstract:
      'Federated learning trains a shared model across many clients without centralising their data, but performance suffers when client distributions are non-IID. We propose a personalisation layer that each client adapts locally while the server aggregates only the shared backbone with FedAvg. Experiments with 100 clients show higher accuracy and fewer communication rounds than existing personalised federated methods, while preserving privacy.',
    expected: ['federated-learning'],
  },
  {
    title: 'Chain-of-Thought Prompting Elicits Arithmetic Reasoning in Small Language Models',
    abstract:
      'Large language models solve multi-step arithmetic problems when prompted to write out intermediate steps, but it is unclear whether smaller models benefit. We fine-tune 1B-parameter LLMs on synthetic chain-of-thought traces and evaluate them with few-shot prompting on grade-school math. Distilled rationales close half the gap to a 70B teacher.',
    expected: ['large-language-models'],
    also: ['efficient-deep-learning'],
  },
  {
    title: 'Balanced Routing for Sparse Mixture-of-Experts Language Models',
    abstract:
      'Sparse mixture-of-experts (MoE) layers scale the capacity of language models at constant compute by routing each token to a few experts. Learned routers tend to collapse onto a handful of experts. We introduce a routing objective based on optimal transport that balances expert load without auxiliary losses, improving perplexity of a 16-expert MoE over top-2 gating.',
    expected: ['mixture-of-experts'],
    also: ['large-language-models'],
  },
  {
    title: 'Post-Training Quantization of Vision Transformers to 4 Bits',
    abstract:
      'Vision transformers are expensive to deploy on edge devices. We study post-training quantization of ViTs and find that outliers in the post-softmax attention scores dominate the error. A per-head log2 quantizer and a small calibration set allow 4-bit weights and activations with less than one point of ImageNet accuracy loss, reducing memory footprint by 7x.',
    expected: ['efficient-deep-learning'],
    also: ['computer-vision', 'transformers-and-attention'],
  },
  {
    title: 'Scalable Gaussian Process Regression with Structured Inducing Points',
    abstract:
      'Gaussian processes provide calibrated uncertainty but scale cubically with the number of observations. We place inducing points on a grid and exploit Kronecker structure to perform exact marginal likelihood optimisation in near-linear time. On regression datasets with millions of points, our method yields better predictive log-likelihood and uncertainty estimates than variational sparse GPs.',
    expected: ['bayesian-and-statistical-methods'],
  },
  {
    title: 'Scaling the Forward-Forward Algorithm with Local Contrastive Losses',
    abstract:
      'Backpropagation requires symmetric weight transport and global error signals, which are biologically implausible. The forward-forward algorithm instead trains each layer with a local goodness objective on positive and negative data. We combine forward-forward training with layer-local contrastive losses and show that networks trained without backpropagation reach 92% accuracy on CIFAR-10.',
    expected: ['learning-without-backpropagation'],
  },
  {
    title: 'Physics-Informed Neural Operators for Turbulent Flow Prediction',
    abstract:
      'Neural operators learn mappings between function spaces and can act as fast surrogates for partial differential equation solvers. We add the residual of the Navier-Stokes equations to the training loss of a Fourier neural operator, which improves long-horizon stability on turbulent flows and reduces the amount of simulation data needed by an order of magnitude.',
    expected: ['scientific-machine-learning'],
  },
  {
    title: 'Zero-Cost Proxies Are Not Enough for Neural Architecture Search',
    abstract:
      'Training-free proxies promise to rank candidate architectures without training them. We evaluate 13 zero-cost proxies across five NAS search spaces and find that most are outperformed by simple baselines such as parameter count. Combining proxies with a few epochs of training in a multi-fidelity search recovers most of the ranking quality at a fraction of the cost.',
    expected: ['automl-and-architecture-search'],
  },
  {
    title: 'Hypernetworks for Task-Conditioned Continual Learning',
    abstract:
      'Neural networks forget earlier tasks when trained on a sequence of new ones. Instead of storing data from old tasks, we train a hypernetwork that generates the weights of a target network from a learned task embedding. A simple regulariser on the hypernetwork output prevents catastrophic forgetting and yields state-of-the-art results on split CIFAR-100 and permuted MNIST.',
    expected: ['continual-learning', 'meta-learning-and-hypernetworks'],
  },
  {
    title: 'Feature Learning Beyond the Neural Tangent Kernel Regime',
    abstract:
      'In the infinite-width limit, gradient descent on wide networks behaves like kernel regression with the neural tangent kernel and features do not move. We prove that a two-layer network trained with a finite learning rate escapes this lazy regime and learns a low-dimensional target with sample complexity that no kernel method can match. Our analysis gives matching upper and lower bounds.',
    expected: ['learning-theory'],
    also: ['optimization-and-training'],
  },
  {
    title: 'Real-Time Small Object Detection in Aerial Imagery',
    abstract:
      'Detecting small vehicles and people in drone footage is hard because objects cover only a few pixels. We design a lightweight detector with a high-resolution feature pyramid and a tiling strategy for large images. On two aerial datasets our detector improves mean average precision by 4 points over YOLO-based baselines while running at 40 frames per second.',
    expected: ['computer-vision'],
    also: ['efficient-deep-learning'],
  },
  {
    title: 'Visual Instruction Tuning at Scale for Multimodal Large Language Models',
    abstract:
      'Multimodal large language models combine a vision encoder with an LLM to answer questions about images. We collect two million image-text instruction pairs and study how data diversity affects visual question answering and captioning. Our 7B vision-language model outperforms larger models on eight multimodal benchmarks.',
    expected: ['multimodal-learning'],
    also: ['large-language-models', 'datasets-and-benchmarks'],
  },
  {
    title: 'Selective State Space Models for Long-Sequence Modelling',
    abstract:
      'Transformers scale quadratically with sequence length. Structured state space models (SSMs) offer linear-time recurrence but struggle with content-based reasoning. We make the SSM parameters input-dependent, which lets the model selectively propagate or forget information, and we provide a hardware-aware parallel scan. The resulting architecture matches attention on language modelling at 5x higher throughput.',
    expected: ['recurrent-and-state-space-models'],
    also: ['transformers-and-attention', 'efficient-deep-learning', 'large-language-models'],
  },
  {
    title: 'Surrogate Gradient Learning for Deep Spiking Neural Networks',
    abstract:
      'Spiking neural networks (SNNs) communicate with binary spikes and promise energy-efficient inference on neuromorphic hardware. Their non-differentiable spike function hinders gradient-based training. We analyse the shape of surrogate gradients for leaky integrate-and-fire neurons and propose a schedule that trains 50-layer SNNs to 70% ImageNet accuracy with four time steps.',
    expected: ['spiking-neural-networks'],
  },
  {
    title: 'Why Do Gradient-Boosted Trees Still Beat Deep Learning on Tabular Data?',
    abstract:
      'Despite many new architectures, tree ensembles such as XGBoost and CatBoost remain strong on tabular datasets. We benchmark 12 deep tabular models on 45 medium-sized tables and identify uninformative features and irregular target functions as the main reasons neural networks fall behind.',
    expected: ['tabular-learning'],
    also: ['datasets-and-benchmarks'],
  },
  {
    title: 'Contrastive Pre-training for Sequential Recommendation',
    abstract:
      'Sequential recommender systems predict the next item a user will interact with from their history. Sparse interaction data limits the quality of learned user representations. We augment user-item sequences with item cropping and masking and train the encoder with a contrastive objective, improving hit rate on four e-commerce datasets and alleviating the cold-start problem.',
    expected: ['recommender-systems'],
  },
  {
    title: 'Gradient Noise Scale Predicts the Critical Batch Size in Adam',
    abstract:
      'How large can the batch be before additional data parallelism stops reducing training time? We measure the gradient noise scale throughout training and show that it predicts the critical batch size for Adam across language and vision tasks. We derive a learning rate scaling rule from this quantity that keeps training stable at batch sizes up to 32k.',
    expected: ['optimization-and-training'],
  },
  {
    title: 'Out-of-Core Training of Billion-Edge Graph Neural Networks on a Single GPU',
    abstract:
      'Training GNNs on graphs that do not fit in host memory usually requires a cluster. We present a system that stores features on NVMe SSDs, overlaps I/O with computation through an asynchronous data loader and caches hot nodes in GPU memory. It trains on a 4-billion-edge graph on one machine 3x faster than distributed baselines.',
    expected: ['ml-systems', 'graph-neural-networks'],
  },
  {
    title: 'On the Faithfulness of Feature Attribution Methods',
    abstract:
      'Saliency maps and other feature attribution methods are widely used to explain the predictions of deep networks, yet their faithfulness is rarely verified. We propose an evaluation protocol that inserts known spurious features into training data and checks whether explanations recover them. Several popular attribution methods, including Integrated Gradients and SHAP, fail this test.',
    expected: ['explainability'],
  },
  {
    title: 'BioQA-Bench: A Benchmark for Biomedical Question Answering with Large Language Models',
    abstract:
      'We introduce BioQA-Bench, a benchmark of 12,000 expert-written questions that test clinical and biomedical knowledge. Questions are annotated by physicians and come with evidence passages. Evaluating 20 language models, we find that even the strongest model answers only 61% of questions correctly and frequently hallucinates citations.',
    expected: ['datasets-and-benchmarks'],
    also: ['large-language-models', 'applied-machine-learning'],
  },
  {
    title: 'Conservative Q-Learning for Offline Reinforcement Learning',
    abstract:
      'Offline reinforcement learning learns a policy from a fixed dataset of transitions without further interaction with the environment. Standard off-policy methods overestimate the value of unseen actions. We learn a conservative Q-function that lower-bounds the true value and show strong results on D4RL locomotion and Atari tasks.',
    expected: ['reinforcement-learning-and-agents'],
  },
  {
    title: 'Early Prediction of Sepsis in Intensive Care Patients from Electronic Health Records',
    abstract:
      'Sepsis is a leading cause of death in hospitals, and early treatment improves survival. We train a recurrent model on vital signs and laboratory measurements from 40,000 ICU stays to predict sepsis onset six hours in advance. The model outperforms clinical scoring systems and was evaluated prospectively at two hospitals.',
    expected: ['applied-machine-learning'],
    also: ['recurrent-and-state-space-models'],
  },
  {
    title: 'Instruction-Tuned Language Models Are Better Zero-Shot Summarizers',
    abstract:
      'We study how instruction tuning affects the summarization ability of decoder-only language models. Across news and dialogue datasets, instruction-tuned LLMs produce summaries that human raters prefer over fine-tuned baselines, even without in-domain examples. We evaluate on standard benchmarks and release our prompts. All models use the standard transformer architecture.',
    expected: ['large-language-models'],
  },
  {
    title: 'One-Shot Pruning of Large Language Models without Retraining',
    abstract:
      'Large language models are expensive to serve. We prune 50% of the weights of LLMs with up to 70B parameters in a single pass, solving a layer-wise sparse reconstruction problem with a fast approximate solver. The pruned models keep their perplexity and zero-shot accuracy, and unstructured sparsity yields a 1.8x inference speedup on CPUs.',
    expected: ['efficient-deep-learning', 'large-language-models'],
  },
  {
    title: 'Transformers Learn In-Context by Gradient Descent: A Theoretical Analysis',
    abstract:
      'We study how trained transformers perform in-context learning of linear regression tasks. We prove that a single linear self-attention layer can implement one step of gradient descent on the in-context examples, and that trained models converge to this solution. Our theory predicts the test error as a function of prompt length.',
    expected: ['transformers-and-attention', 'learning-theory'],
    also: ['large-language-models', 'optimization-and-training'],
  },
  {
    title: 'Reinforcement Learning from Human Feedback with Uncertainty-Aware Reward Models',
    abstract:
      'RLHF aligns large language models with human preferences by optimising a policy against a learned reward model. Reward models are overconfident on out-of-distribution responses, which the policy exploits. We train an ensemble of reward models and penalise the policy with their disagreement, reducing reward hacking in PPO fine-tuning of a 7B LLM.',
    expected: ['large-language-models', 'reinforcement-learning-and-agents'],
    also: ['bayesian-and-statistical-methods'],
  },
  {
    title: 'Autonomous LLM Agents for Web Navigation with Self-Reflection',
    abstract:
      'Language agents that act in web browsers must plan over long horizons and recover from mistakes. We equip an LLM-based agent with a self-reflection module that critiques failed trajectories and stores lessons in memory. On two web navigation benchmarks, our agent completes 23% more tasks than prior agents that use the same language model.',
    expected: ['reinforcement-learning-and-agents', 'large-language-models'],
    also: ['datasets-and-benchmarks'],
  },
  {
    title: 'Graph Transformers for Molecular Property Prediction',
    abstract:
      'Predicting quantum-chemical properties of molecules is central to drug and materials discovery. We propose a graph transformer that encodes shortest-path distances between atoms as attention biases and combines them with 3D positional information. Our model sets a new state of the art on molecular graph benchmarks while remaining competitive with message passing networks in speed.',
    expected: ['graph-neural-networks'],
    also: ['scientific-machine-learning', 'transformers-and-attention'],
  },
  {
    title: 'Explaining Graph Neural Network Predictions with Subgraph Counterfactuals',
    abstract:
      'Graph neural networks are increasingly used in high-stakes applications, yet their decisions are hard to interpret. We propose an explanation method that searches for the smallest subgraph whose removal changes the prediction. Our counterfactual explanations are more faithful and more compact than those of existing GNN explainers.',
    expected: ['explainability', 'graph-neural-networks'],
  },
  {
    title: 'Sparse Autoencoders Find Interpretable Features in Language Models',
    abstract:
      'Neurons in language models are polysemantic, which makes them hard to interpret. We train sparse autoencoders on the residual stream of a transformer language model and find that many of the learned dictionary features correspond to human-understandable concepts. Steering along these features changes model behaviour in predictable ways.',
    expected: ['explainability'],
    also: ['large-language-models', 'transformers-and-attention'],
  },
  {
    title: 'Symbolic Music Generation with Discrete Diffusion',
    abstract:
      'We present a discrete diffusion model for generating symbolic music. Notes are represented as tokens of a piano roll, and the model learns to iteratively denoise corrupted sequences. Listening tests show that our model generates more coherent multi-instrument pieces than autoregressive baselines, and it supports infilling of musical phrases.',
    expected: ['generative-models', 'speech-and-audio'],
  },
  {
    title: 'A Deep Learning Model for Medium-Range Global Weather Forecasting',
    abstract:
      'Numerical weather prediction relies on expensive physical simulations. We train a neural network on 40 years of reanalysis data to forecast temperature, wind and precipitation ten days ahead. Our model is more accurate than the operational forecasting system on most variables while running in under a minute on a single accelerator.',
    expected: ['applied-machine-learning'],
    also: ['scientific-machine-learning'],
  },
  {
    title: 'On the Convergence of Adam with Heavy-Tailed Gradient Noise',
    abstract:
      'Adam is the default optimizer for training deep networks, yet its convergence guarantees assume bounded gradient noise. We prove that Adam with gradient clipping converges at an optimal rate under heavy-tailed noise for non-convex objectives and we confirm the theory on language model training.',
    expected: ['optimization-and-training'],
    also: ['learning-theory'],
  },
  {
    title: 'Meta-Learning Initializations for Few-Shot Image Classification',
    abstract:
      'We revisit model-agnostic meta-learning (MAML) for few-shot classification. Instead of meta-learning the full network initialisation, we meta-learn only the final layer and a per-layer learning rate, which makes the inner loop cheaper. Our approach matches MAML on miniImageNet and tieredImageNet with five times fewer parameters being adapted.',
    expected: ['meta-learning-and-hypernetworks'],
    also: ['computer-vision', 'optimization-and-training'],
  },
  {
    title: 'Bayesian Optimization for Hyperparameter Tuning of Deep Networks under a Budget',
    abstract:
      'Hyperparameter optimization is costly when each evaluation requires training a deep network. We propose a multi-fidelity Bayesian optimization method that extrapolates partial learning curves to stop unpromising configurations early. On a suite of benchmarks our method finds better hyperparameters than Hyperband and random search for the same compute budget.',
    expected: ['automl-and-architecture-search'],
    also: ['bayesian-and-statistical-methods'],
  },
  {
    title: 'Prior-Data Fitted Networks for Fast Bayesian Inference on Small Datasets',
    abstract:
      'Prior-data fitted networks (PFNs) are transformers trained on synthetic datasets sampled from a prior to approximate the posterior predictive distribution in a single forward pass. We extend PFNs to priors over Gaussian processes with unknown hyperparameters and show that they match MCMC while being thousands of times faster.',
    expected: ['bayesian-and-statistical-methods'],
    also: ['meta-learning-and-hypernetworks', 'transformers-and-attention'],
  },
  {
    title: 'ImageNet Classification with Convolutional Networks Revisited',
    abstract:
      'We revisit the design of convolutional neural networks for image classification. Modernising a ResNet with larger kernels, fewer activation functions and layer normalisation yields a pure CNN that matches vision transformers in accuracy and throughput on ImageNet, COCO object detection and ADE20K semantic segmentation.',
    expected: ['computer-vision'],
    also: ['transformers-and-attention'],
  },
  {
    title: 'Linear Attention with Learned Feature Maps Closes the Gap to Softmax Transformers',
    abstract:
      'Softmax attention costs time quadratic in the sequence length. Linear attention replaces the softmax kernel with a feature map so that attention can be computed as a recurrence, but it lags behind in quality. We learn the feature map with a small MLP trained to mimic softmax attention weights and recover most of the quality of the original transformer on language modelling and long-range tasks.',
    expected: ['transformers-and-attention'],
    also: ['efficient-deep-learning', 'large-language-models', 'recurrent-and-state-space-models'],
  },
  {
    title: 'Flow Matching with Optimal Transport Couplings for Protein Backbone Generation',
    abstract:
      'We train a generative model of protein backbones with conditional flow matching. Pairing noise and data samples with minibatch optimal transport straightens the learned probability paths, so that sampling needs fewer integration steps. Generated backbones are more designable and diverse than those of diffusion-based baselines.',
    expected: ['generative-models'],
    also: ['scientific-machine-learning'],
  },
  {
    title: 'Curating Web Data for Language Model Pre-training with Learned Quality Filters',
    abstract:
      'The quality of pre-training data strongly affects the capabilities of language models. We train lightweight classifiers to score web documents and study how data filtering, deduplication and domain mixing interact. Models trained on our filtered subset of Common Crawl outperform those trained on three times more unfiltered tokens.',
    expected: ['datasets-and-benchmarks', 'large-language-models'],
  },
  {
    title: 'Hebbian Plasticity Rules for Unsupervised Feature Learning in Deep Networks',
    abstract:
      'Hebbian learning updates each synapse from locally available pre- and post-synaptic activity and is considered biologically plausible. We derive a family of local learning rules with competitive inhibition that learn convolutional features layer by layer, without any global error signal, and approach backpropagation-trained baselines on CIFAR-10.',
    expected: ['learning-without-backpropagation'],
    also: ['computer-vision'],
  },
  {
    title: 'Federated Fine-Tuning of Large Language Models with Low-Rank Adapters',
    abstract:
      'Fine-tuning LLMs on private data held by many organisations calls for federated learning, but exchanging full model updates is prohibitive. Clients train only LoRA adapters and the server aggregates them. We show that naive averaging of low-rank factors is biased and propose an aggregation rule that is exact, reducing communication by 99% while matching centralised fine-tuning.',
    expected: ['federated-learning', 'large-language-models'],
    also: ['efficient-deep-learning', 'mixture-of-experts'],
  },
  {
    title: 'Learning Interatomic Potentials with Equivariant Message Passing',
    abstract:
      'Molecular dynamics simulations need accurate and fast force fields. We present an E(3)-equivariant message passing neural network that predicts energies and forces from atomic positions. Trained on density functional theory data, it reaches chemical accuracy and runs stable nanosecond simulations of liquid water and small proteins.',
    expected: ['scientific-machine-learning', 'graph-neural-networks'],
  },
  {
    title: 'Distilling Large Vision Models into Tiny Networks for Microcontrollers',
    abstract:
      'Deploying vision models on microcontrollers requires networks under 256 KB of memory. We combine knowledge distillation from a large teacher with 8-bit quantization-aware training and a hardware-aware search over channel widths. Our students reach 70% ImageNet top-1 accuracy at 30 ms latency on a Cortex-M7.',
    expected: ['efficient-deep-learning'],
    also: ['computer-vision', 'automl-and-architecture-search', 'ml-systems'],
  },
  {
    title: 'Deep Learning for Credit Default Prediction from Transaction Sequences',
    abstract:
      'Banks assess credit risk from static customer features, ignoring the rich information in transaction histories. We train a sequence model on two years of card transactions from 1.2 million customers of a European bank. It improves the area under the ROC curve by four points over gradient-boosted trees on hand-crafted features and helps detect fraud.',
    expected: ['applied-machine-learning'],
    also: ['tabular-learning', 'recurrent-and-state-space-models'],
  },
  {
    title: 'Understanding Generalization in Deep Learning via Loss Landscape Geometry',
    abstract:
      'Why do overparameterized networks generalize? We relate the sharpness of minima found by stochastic gradient descent to PAC-Bayes generalization bounds and prove that flatter minima admit tighter bounds. Experiments across architectures confirm that our sharpness measure correlates with the generalization gap.',
    expected: ['learning-theory'],
    also: ['optimization-and-training'],
  },
  {
    title: 'Large Language Models as Zero-Shot Recommenders',
    abstract:
      'Can large language models recommend items without training on interaction data? We describe the user history in natural language and ask an LLM to rank candidate items. On movie and book recommendation datasets, zero-shot LLM rankers are competitive with collaborative filtering for cold-start users but fall behind for users with long histories.',
    expected: ['recommender-systems', 'large-language-models'],
  },
];

describe('classifyPaper on typical ML abstracts', () => {
  it.each(cases)('$title', ({ title, abstract, expected, also = [] }) => {
    const { topics, scores } = classifyPaper({ title, abstract }, vocabulary);
    const why = JSON.stringify(scores.slice(0, 4), null, 1);
    if (expected.length === 1) expect(topics[0], why).toBe(expected[0]);
    for (const topic of expected) expect(topics, why).toContain(topic);
    for (const topic of topics) expect([...expected, ...also], why).toContain(topic);
  });
});
