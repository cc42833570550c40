# News-wire sentences on armed conflict, insurgencies, protests, crackdowns and humanitarian crises in Africa (Sudan, Ethiopia, Sahel, DRC, Somalia, Nigeria, Mozambique); includes headlines and noun/verb-ambiguous words.
The/DT Rapid/NNP Support/NNP Forces/NNPS shelled/VBD residential/JJ districts/NNS of/IN El/NNP Fasher/NNP on/IN Sunday/NNP ,/, killing/VBG at/IN least/JJS 14/CD civilians/NNS ,/, according/VBG to/TO a/DT local/JJ resistance/NN committee/NN ./.
Sudanese/JJ army/NN retakes/VBZ Wad/NNP Madani/NNP after/IN weeks/NNS of/IN fighting/NN
Abdel/NNP Fattah/NNP al-Burhan/NNP ,/, the/DT head/NN of/IN Sudan/NNP 's/POS army/NN ,/, said/VBD the/DT military/NN would/MD not/RB negotiate/VB while/IN paramilitary/JJ fighters/NNS still/RB occupied/VBD homes/NNS in/IN Khartoum/NNP ./.
Aid/NN agencies/NNS warned/VBD that/IN famine/NN had/VBD already/RB taken/VBN hold/NN in/IN parts/NNS of/IN Darfur/NNP ,/, where/WRB markets/NNS have/VBP been/VBN looted/VBN and/CC farmers/NNS can/MD not/RB reach/VB their/PRP$ fields/NNS ./.
The/DT RSF/NNP denies/VBZ targeting/VBG hospitals/NNS ,/, but/CC doctors/NNS in/IN the/DT city/NN say/VBP it/PRP shells/VBZ the/DT main/JJ market/NN every/DT night/NN ./.
Nearly/RB 11/CD million/CD people/NNS have/VBP been/VBN driven/VBN from/IN their/PRP$ homes/NNS since/IN the/DT war/NN began/VBD in/IN April/NNP 2023/CD ,/, the/DT International/NNP Organization/NNP for/IN Migration/NNP said/VBD ./.
A/DT convoy/NN carrying/VBG food/NN supplies/NNS was/VBD attacked/VBN near/IN Kosti/NNP ,/, and/CC two/CD drivers/NNS were/VBD shot/VBN dead/JJ ,/, the/DT World/NNP Food/NNP Programme/NNP said/VBD in/IN a/DT statement/NN ./.
"/" We/PRP buried/VBD nine/CD people/NNS yesterday/NN and/CC we/PRP expect/VBP to/TO bury/VB more/JJR today/NN ,/, "/" said/VBD a/DT volunteer/NN who/WP asked/VBD not/RB to/TO be/VB named/VBN ./.
Residents/NNS said/VBD the/DT paramilitary/JJ group/NN forces/VBZ young/JJ men/NNS to/TO join/VB its/PRP$ ranks/NNS and/CC burns/VBZ the/DT houses/NNS of/IN those/DT who/WP refuse/VBP ./.
Talks/NNS in/IN Jeddah/NNP collapse/VBP as/IN both/DT sides/NNS trade/VBP blame/NN
The/DT United/NNP States/NNPS has/VBZ accused/VBN both/DT warring/VBG parties/NNS of/IN committing/VBG war/NN crimes/NNS ,/, and/CC it/PRP determined/VBD that/IN the/DT RSF/NNP carried/VBD out/RP genocide/NN in/IN Darfur/NNP ./.
Drone/NN strikes/NNS hit/VBD Port/NNP Sudan/NNP for/IN a/DT third/JJ consecutive/JJ day/NN ,/, sparking/VBG fires/NNS at/IN fuel/NN depots/NNS and/CC forcing/VBG the/DT airport/NN to/TO suspend/VB flights/NNS ./.
Officials/NNS in/IN Port/NNP Sudan/NNP blamed/VBD the/DT attacks/NNS on/IN the/DT RSF/NNP ,/, which/WDT has/VBZ not/RB commented/VBN ./.
Hundreds/NNS of/IN families/NNS who/WP fled/VBD Zamzam/NNP camp/NN arrived/VBD in/IN Tawila/NNP with/IN nothing/NN but/CC the/DT clothes/NNS they/PRP were/VBD wearing/VBG ./.
The/DT fighting/NN has/VBZ destroyed/VBN much/JJ of/IN the/DT country/NN 's/POS health/NN system/NN ,/, and/CC cholera/NN is/VBZ spreading/VBG in/IN at/IN least/JJS ten/CD states/NNS ./.
Ethiopia/NNP 's/POS federal/JJ government/NN and/CC Fano/NNP militias/NNS have/VBP been/VBN fighting/VBG in/IN the/DT Amhara/NNP region/NN since/IN August/NNP 2023/CD ./.
Abiy/NNP Ahmed/NNP ,/, Ethiopia/NNP 's/POS prime/JJ minister/NN ,/, told/VBD parliament/NN that/IN the/DT government/NN would/MD not/RB tolerate/VB armed/JJ groups/NNS that/WDT threaten/VBP the/DT constitutional/JJ order/NN ./.
Witnesses/NNS said/VBD soldiers/NNS went/VBD from/IN house/NN to/TO house/NN in/IN the/DT town/NN of/IN Merawi/NNP ,/, and/CC dozens/NNS of/IN civilians/NNS were/VBD killed/VBN ./.
The/DT Ethiopian/NNP Human/NNP Rights/NNPS Commission/NNP called/VBD for/IN an/DT independent/JJ investigation/NN into/IN the/DT killings/NNS ./.
Ethiopia/NNP declares/VBZ state/NN of/IN emergency/NN in/IN Amhara/NNP as/IN clashes/NNS spread/VBP
Internet/NN access/NN in/IN the/DT region/NN has/VBZ been/VBN cut/VBN for/IN months/NNS ,/, making/VBG it/PRP difficult/JJ to/TO verify/VB reports/NNS of/IN drone/NN strikes/NNS ./.
The/DT peace/NN deal/NN signed/VBN in/IN Pretoria/NNP in/IN November/NNP 2022/CD ended/VBD two/CD years/NNS of/IN war/NN in/IN Tigray/NNP ,/, but/CC tensions/NNS within/IN the/DT Tigray/NNP People/NNP 's/POS Liberation/NNP Front/NNP have/VBP deepened/VBN ./.
Eritrean/JJ troops/NNS have/VBP not/RB fully/RB withdrawn/VBN from/IN border/NN areas/NNS ,/, according/VBG to/TO residents/NNS and/CC aid/NN workers/NNS ./.
A/DT faction/NN of/IN the/DT TPLF/NNP seized/VBD the/DT regional/JJ administration/NN 's/POS offices/NNS in/IN Mekelle/NNP ,/, raising/VBG fears/NNS of/IN a/DT new/JJ conflict/NN ./.
Tigray/NNP leader/NN flees/VBZ to/TO Addis/NNP Ababa/NNP after/IN rival/JJ faction/NN takes/VBZ Mekelle/NNP
In/IN the/DT Sahel/NNP ,/, jihadist/JJ groups/NNS linked/VBN to/TO al-Qaeda/NNP and/CC the/DT Islamic/NNP State/NNP have/VBP expanded/VBN their/PRP$ attacks/NNS from/IN Mali/NNP and/CC Burkina/NNP Faso/NNP toward/IN coastal/JJ states/NNS ./.
At/IN least/JJS 50/CD soldiers/NNS were/VBD killed/VBN when/WRB militants/NNS stormed/VBD an/DT army/NN base/NN near/IN Djibo/NNP ,/, security/NN sources/NNS told/VBD reporters/NNS ./.
The/DT junta/NN in/IN Ouagadougou/NNP has/VBZ suspended/VBN several/JJ foreign/JJ broadcasters/NNS that/WDT reported/VBD on/IN the/DT massacre/NN ./.
Mali/NNP 's/POS military/JJ rulers/NNS ,/, who/WP expelled/VBD French/JJ forces/NNS in/IN 2022/CD ,/, now/RB rely/VBP on/IN Russian/JJ mercenaries/NNS to/TO fight/VB the/DT insurgents/NNS ./.
Human/NNP Rights/NNPS Watch/NNP said/VBD Malian/JJ soldiers/NNS and/CC foreign/JJ fighters/NNS executed/VBD dozens/NNS of/IN civilians/NNS during/IN a/DT raid/NN on/IN a/DT village/NN market/NN ./.
The/DT army/NN denied/VBD the/DT accusations/NNS and/CC said/VBD the/DT dead/JJ were/VBD terrorists/NNS ./.
Niger/NNP junta/NN bars/VBZ aid/NN groups/NNS from/IN northern/JJ region/NN
Fuel/NN supplies/NNS to/TO Bamako/NNP have/VBP been/VBN blocked/VBN for/IN weeks/NNS by/IN militants/NNS who/WP attack/VBP tanker/NN convoys/NNS on/IN the/DT main/JJ roads/NNS ./.
Schools/NNS and/CC petrol/NN stations/NNS in/IN the/DT capital/NN closed/VBD as/IN the/DT shortages/NNS worsened/VBD ./.
The/DT fighters/NNS ,/, who/WP belong/VBP to/TO the/DT al-Qaeda/NNP affiliate/NN JNIM/NNP ,/, claim/VBP they/PRP are/VBP enforcing/VBG a/DT blockade/NN on/IN towns/NNS that/WDT cooperate/VBP with/IN the/DT army/NN ./.
Burkina/NNP Faso/NNP 's/POS government/NN says/VBZ it/PRP controls/VBZ most/JJS of/IN the/DT country/NN ,/, but/CC analysts/NNS estimate/VBP that/IN nearly/RB half/NN of/IN its/PRP$ territory/NN lies/VBZ beyond/IN the/DT state/NN 's/POS reach/NN ./.
Villagers/NNS were/VBD forced/VBN to/TO dig/VB trenches/NNS around/IN Barsalogho/NNP before/IN gunmen/NNS opened/VBD fire/NN on/IN them/PRP ,/, killing/VBG hundreds/NNS ./.
The/DT attack/NN ,/, one/CD of/IN the/DT deadliest/JJS in/IN the/DT country/NN 's/POS history/NN ,/, was/VBD claimed/VBN by/IN JNIM/NNP ./.
In/IN eastern/JJ Congo/NNP ,/, M23/NNP rebels/NNS backed/VBN by/IN Rwanda/NNP captured/VBD Goma/NNP in/IN January/NNP and/CC advanced/VBD on/IN Bukavu/NNP weeks/NNS later/RB ./.
Congo/NNP accuses/VBZ Rwanda/NNP of/IN plundering/VBG minerals/NNS as/IN rebels/NNS tighten/VBP grip/NN on/IN east/NN
Kigali/NNP denies/VBZ arming/VBG the/DT rebels/NNS ,/, although/IN United/NNP Nations/NNPS experts/NNS have/VBP reported/VBN that/IN thousands/NNS of/IN Rwandan/JJ troops/NNS are/VBP fighting/VBG alongside/IN them/PRP ./.
Bodies/NNS lay/VBD in/IN the/DT streets/NNS of/IN Goma/NNP for/IN days/NNS after/IN the/DT fighting/NN ,/, and/CC the/DT morgues/NNS ,/, already/RB full/JJ from/IN earlier/JJR fighting/NN ,/, were/VBD overwhelmed/VBN ./.
The/DT rebels/NNS have/VBP set/VBN up/RP their/PRP$ own/JJ administration/NN ,/, appointing/VBG governors/NNS and/CC collecting/VBG taxes/NNS at/IN border/NN posts/NNS ./.
President/NNP Felix/NNP Tshisekedi/NNP called/VBD on/IN Western/JJ countries/NNS to/TO impose/VB sanctions/NNS on/IN Rwanda/NNP and/CC to/TO stop/VB buying/VBG minerals/NNS that/WDT had/VBD been/VBN smuggled/VBN across/IN the/DT border/NN ./.
Displaced/VBN families/NNS who/WP had/VBD sheltered/VBN in/IN camps/NNS around/IN Goma/NNP were/VBD ordered/VBN to/TO return/VB to/TO their/PRP$ villages/NNS within/IN 72/CD hours/NNS ./.
A/DT peace/NN agreement/NN between/IN Congo/NNP and/CC Rwanda/NNP was/VBD signed/VBN in/IN Washington/NNP in/IN June/NNP ,/, but/CC fighting/NN has/VBZ continued/VBN in/IN South/NNP Kivu/NNP ./.
Militiamen/NNS attacked/VBD a/DT church/NN in/IN Komanda/NNP during/IN an/DT overnight/JJ prayer/NN vigil/NN ,/, killing/VBG more/JJR than/IN 40/CD worshippers/NNS ./.
The/DT attack/NN was/VBD blamed/VBN on/IN the/DT Allied/NNP Democratic/NNP Forces/NNPS ,/, a/DT group/NN that/WDT has/VBZ pledged/VBN allegiance/NN to/TO the/DT Islamic/NNP State/NNP ./.
Ugandan/JJ and/CC Congolese/JJ troops/NNS have/VBP conducted/VBN joint/JJ operations/NNS against/IN the/DT ADF/NNP since/IN 2021/CD ,/, but/CC the/DT killings/NNS have/VBP not/RB stopped/VBN ./.
Kinshasa/NNP sentences/VBZ former/JJ president/NN Kabila/NNP to/TO death/NN in/IN absentia/FW
The/DT court/NN found/VBD Joseph/NNP Kabila/NNP guilty/JJ of/IN treason/NN and/CC of/IN supporting/VBG the/DT rebellion/NN ,/, charges/NNS that/WDT he/PRP has/VBZ dismissed/VBN as/IN political/JJ ./.
In/IN Somalia/NNP ,/, al-Shabaab/NNP fighters/NNS overran/VBD several/JJ towns/NNS in/IN the/DT Middle/NNP Shabelle/NNP region/NN ,/, reversing/VBG gains/NNS that/WDT government/NN forces/NNS had/VBD made/VBN two/CD years/NNS earlier/RBR ./.
The/DT militants/NNS have/VBP also/RB stepped/VBN up/RP attacks/NNS in/IN Mogadishu/NNP ,/, where/WRB a/DT suicide/NN bomber/NN struck/VBD a/DT military/JJ recruitment/NN centre/NN in/IN March/NNP ./.
Al-Shabaab/NNP claims/VBZ mortar/NN attack/NN near/IN Mogadishu/NNP airport/NN
Somalia/NNP 's/POS president/NN ,/, Hassan/NNP Sheikh/NNP Mohamud/NNP ,/, survived/VBD a/DT roadside/NN bomb/NN that/WDT targeted/VBD his/PRP$ convoy/NN as/IN it/PRP headed/VBD to/TO the/DT airport/NN ./.
An/DT African/NNP Union/NNP force/NN is/VBZ supposed/VBN to/TO help/VB Somali/JJ troops/NNS hold/VB territory/NN ,/, but/CC funding/NN for/IN the/DT mission/NN remains/VBZ uncertain/JJ ./.
U.S./NNP Africa/NNP Command/NNP said/VBD it/PRP had/VBD carried/VBN out/RP an/DT airstrike/NN against/IN Islamic/NNP State/NNP fighters/NNS in/IN the/DT Cal/NNP Miskaad/NNP mountains/NNS of/IN Puntland/NNP ./.
Puntland/NNP forces/NNS backed/VBN by/IN American/JJ air/NN power/NN have/VBP pushed/VBN the/DT militants/NNS out/IN of/IN several/JJ valleys/NNS ,/, officials/NNS said/VBD ./.
Drought/NN and/CC conflict/NN have/VBP left/VBN more/JJR than/IN four/CD million/CD Somalis/NNPS facing/VBG acute/JJ hunger/NN ,/, the/DT United/NNP Nations/NNPS warned/VBD ./.
Aid/NN cuts/NNS force/VBP closure/NN of/IN feeding/NN centres/NNS in/IN Somalia/NNP
In/IN Nigeria/NNP ,/, gunmen/NNS abducted/VBD more/JJR than/IN 200/CD students/NNS from/IN a/DT school/NN in/IN Kaduna/NNP state/NN ,/, the/DT second/JJ mass/JJ kidnapping/NN in/IN a/DT month/NN ./.
Police/NNS said/VBD the/DT kidnappers/NNS had/VBD demanded/VBN a/DT ransom/NN ,/, which/WDT the/DT government/NN says/VBZ it/PRP will/MD not/RB pay/VB ./.
Bandits/NNS who/WP roam/VBP the/DT northwest/NN on/IN motorcycles/NNS raid/VBP villages/NNS ,/, steal/VBP cattle/NN and/CC seize/VBP hostages/NNS for/IN money/NN ./.
Boko/NNP Haram/NNP fighters/NNS killed/VBD at/IN least/JJS 60/CD people/NNS in/IN an/DT attack/NN on/IN Darul/NNP Jamal/NNP ,/, a/DT village/NN in/IN Borno/NNP state/NN that/WDT had/VBD only/RB recently/RB been/VBN resettled/VBN ./.
The/DT governor/NN of/IN Borno/NNP ,/, Babagana/NNP Zulum/NNP ,/, said/VBD the/DT attackers/NNS had/VBD burned/VBN homes/NNS and/CC shot/VBN residents/NNS as/IN they/PRP tried/VBD to/TO flee/VB ./.
Nigerian/JJ army/NN says/VBZ airstrikes/NNS kill/VBP dozens/NNS of/IN insurgents/NNS near/IN Lake/NNP Chad/NNP
Local/JJ leaders/NNS said/VBD some/DT of/IN those/DT killed/VBN in/IN the/DT bombing/NN were/VBD civilians/NNS attending/VBG a/DT wedding/NN ./.
The/DT military/NN has/VBZ apologised/VBN for/IN a/DT 2023/CD drone/NN strike/NN that/WDT mistakenly/RB hit/VBD a/DT religious/JJ gathering/NN in/IN Tudun/NNP Biri/NNP ,/, killing/VBG scores/NNS of/IN villagers/NNS ./.
Protesters/NNS angered/VBN by/IN soaring/VBG food/NN prices/NNS marched/VBD through/IN Lagos/NNP and/CC Abuja/NNP ,/, and/CC police/NNS fired/VBD tear/NN gas/NN to/TO disperse/VB them/PRP ./.
Amnesty/NNP International/NNP said/VBD at/IN least/JJS 13/CD protesters/NNS were/VBD shot/VBN dead/JJ during/IN the/DT demonstrations/NNS ,/, a/DT figure/NN the/DT police/NNS dispute/VBP ./.
The/DT protests/NNS ,/, which/WDT organisers/NNS named/VBD after/IN a/DT social/JJ media/NNS hashtag/NN ,/, were/VBD largely/RB peaceful/JJ in/IN the/DT south/NN ./.
Clashes/NNS between/IN herders/NNS and/CC farmers/NNS in/IN Benue/NNP state/NN have/VBP killed/VBN hundreds/NNS of/IN people/NNS this/DT year/NN ./.
Nigeria/NNP 's/POS president/NN ,/, Bola/NNP Tinubu/NNP ,/, ordered/VBD security/NN chiefs/NNS to/TO end/VB the/DT killings/NNS in/IN the/DT Middle/NNP Belt/NNP and/CC to/TO arrest/VB those/DT responsible/JJ ./.
In/IN Mozambique/NNP ,/, insurgents/NNS linked/VBN to/TO the/DT Islamic/NNP State/NNP have/VBP attacked/VBN villages/NNS in/IN Cabo/NNP Delgado/NNP province/NN again/RB ,/, forcing/VBG thousands/NNS to/TO flee/VB ./.
TotalEnergies/NNP suspended/VBD work/NN on/IN its/PRP$ gas/NN project/NN in/IN 2021/CD after/IN militants/NNS stormed/VBD the/DT town/NN of/IN Palma/NNP ./.
Rwandan/JJ troops/NNS deployed/VBN to/TO the/DT province/NN have/VBP retaken/VBN several/JJ districts/NNS ,/, but/CC attacks/NNS on/IN civilians/NNS persist/VBP ./.
Mozambique/NNP police/NNS open/VBP fire/NN on/IN protesters/NNS after/IN disputed/VBN election/NN
Venancio/NNP Mondlane/NNP ,/, the/DT opposition/NN candidate/NN ,/, rejected/VBD the/DT results/NNS and/CC called/VBD his/PRP$ supporters/NNS onto/IN the/DT streets/NNS ./.
Human/JJ rights/NNS groups/NNS said/VBD more/JJR than/IN 300/CD people/NNS were/VBD killed/VBN in/IN the/DT post-election/JJ crackdown/NN ./.
The/DT unrest/NN disrupted/VBD trade/NN at/IN the/DT border/NN with/IN South/NNP Africa/NNP ,/, where/WRB trucks/NNS were/VBD stuck/VBN for/IN days/NNS ./.
Security/NN forces/NNS in/IN Kenya/NNP have/VBP been/VBN accused/VBN of/IN abducting/VBG critics/NNS of/IN the/DT government/NN ,/, charges/NNS the/DT police/NNS deny/VBP ./.
Demonstrators/NNS stormed/VBD parliament/NN in/IN Nairobi/NNP in/IN June/NNP 2024/CD after/IN lawmakers/NNS voted/VBD for/IN tax/NN increases/NNS ./.
Kenya/NNP 's/POS president/NN withdraws/VBZ finance/NN bill/NN after/IN deadly/JJ protests/NNS
Police/NNS officers/NNS shot/VBD several/JJ demonstrators/NNS near/IN the/DT parliament/NN building/NN ,/, and/CC the/DT building/NN itself/PRP was/VBD partly/RB set/VBN on/IN fire/NN ./.
In/IN Chad/NNP ,/, refugees/NNS from/IN Darfur/NNP continue/VBP to/TO arrive/VB in/IN Adre/NNP ,/, where/WRB camps/NNS are/VBP already/RB overcrowded/JJ and/CC water/NN is/VBZ scarce/JJ ./.
"/" The/DT needs/NNS are/VBP enormous/JJ and/CC the/DT funding/NN is/VBZ not/RB there/RB ,/, "/" a/DT UNHCR/NNP official/NN said/VBD ./.
The/DT agency/NN said/VBD it/PRP had/VBD received/VBN less/JJR than/IN a/DT third/NN of/IN the/DT money/NN it/PRP requested/VBD for/IN the/DT Sudan/NNP response/NN this/DT year/NN ./.
Sudan/NNP 's/POS army/NN and/CC the/DT RSF/NNP both/DT accuse/VBP each/DT other/JJ of/IN blocking/VBG aid/NN deliveries/NNS ./.
The/DT Adre/NNP crossing/NN ,/, which/WDT the/DT army/NN had/VBD closed/VBN for/IN months/NNS ,/, was/VBD reopened/VBN under/IN international/JJ pressure/NN ./.
Gunmen/NNS in/IN military/JJ uniforms/NNS attacked/VBD a/DT displacement/NN camp/NN near/IN Nyala/NNP ,/, according/VBG to/TO the/DT camp/NN 's/POS coordinators/NNS ./.
Sudanese/JJ women/NNS describe/VBP widespread/JJ sexual/JJ violence/NN in/IN Darfur/NNP
Survivors/NNS told/VBD investigators/NNS that/IN fighters/NNS had/VBD singled/VBN out/RP members/NNS of/IN the/DT Masalit/JJ community/NN for/IN killing/NN ./.
The/DT International/NNP Criminal/NNP Court/NNP 's/POS prosecutor/NN said/VBD he/PRP had/VBD grounds/NNS to/TO believe/VB that/IN crimes/NNS against/IN humanity/NN were/VBD being/VBG committed/VBN in/IN West/NNP Darfur/NNP ./.
Egypt/NNP ,/, Saudi/NNP Arabia/NNP and/CC the/DT United/NNP Arab/NNP Emirates/NNPS have/VBP all/DT been/VBN drawn/VBN into/IN diplomacy/NN over/IN the/DT war/NN ,/, which/WDT is/VBZ also/RB fuelled/VBN by/IN foreign/JJ arms/NNS ./.
The/DT UAE/NNP denies/VBZ that/IN it/PRP supplies/VBZ weapons/NNS to/TO the/DT RSF/NNP ,/, despite/IN reports/NNS from/IN UN/NNP monitors/NNS that/IN cargo/NN flights/NNS had/VBD landed/VBN in/IN eastern/JJ Chad/NNP ./.
Sudan/NNP severed/VBD diplomatic/JJ relations/NNS with/IN the/DT Emirates/NNPS ,/, accusing/VBG Abu/NNP Dhabi/NNP of/IN backing/VBG the/DT paramilitaries/NNS ./.
Hunger/NN is/VBZ used/VBN as/IN a/DT weapon/NN of/IN war/NN ,/, the/DT UN/NNP human/JJ rights/NNS chief/NN said/VBD ,/, calling/VBG on/IN both/DT sides/NNS to/TO let/VB food/NN reach/VB civilians/NNS ./.
Kadugli/NNP and/CC Dilling/NNP ,/, two/CD towns/NNS in/IN South/NNP Kordofan/NNP ,/, have/VBP been/VBN under/IN siege/NN for/IN more/JJR than/IN a/DT year/NN ./.
A/DT rebel/NN faction/NN that/WDT controls/VBZ parts/NNS of/IN the/DT Nuba/NNP Mountains/NNPS has/VBZ allied/VBN itself/PRP with/IN the/DT RSF/NNP ./.
Army/NN retakes/VBZ Khartoum/NNP presidential/JJ palace/NN in/IN symbolic/JJ victory/NN
Soldiers/NNS were/VBD filmed/VBN celebrating/VBG inside/IN the/DT palace/NN ,/, whose/WP$ walls/NNS were/VBD scarred/VBN by/IN two/CD years/NNS of/IN shelling/NN ./.
Khartoum/NNP residents/NNS return/VBP to/TO find/VB homes/NNS looted/VBN and/CC streets/NNS mined/VBN
Engineers/NNS warned/VBD that/IN unexploded/JJ shells/NNS and/CC mines/NNS would/MD take/VB years/NNS to/TO clear/VB ./.
South/NNP Sudan/NNP 's/POS first/JJ vice/NN president/NN ,/, Riek/NNP Machar/NNP ,/, was/VBD placed/VBN under/IN house/NN arrest/NN after/IN clashes/NNS in/IN Upper/NNP Nile/NNP state/NN ./.
The/DT government/NN accused/VBD his/PRP$ forces/NNS of/IN attacking/VBG an/DT army/NN garrison/NN in/IN Nasir/NNP ,/, a/DT charge/NN his/PRP$ party/NN rejects/VBZ ./.
Ugandan/JJ troops/NNS were/VBD deployed/VBN to/TO Juba/NNP to/TO support/VB President/NNP Salva/NNP Kiir/NNP ,/, raising/VBG fears/NNS of/IN a/DT return/NN to/TO civil/JJ war/NN ./.
The/DT UN/NNP mission/NN said/VBD one/CD of/IN its/PRP$ helicopters/NNS had/VBD come/VBN under/IN fire/NN during/IN an/DT evacuation/NN ,/, and/CC a/DT crew/NN member/NN was/VBD killed/VBN ./.
Ethiopia/NNP and/CC Eritrea/NNP trade/VBP accusations/NNS as/IN troops/NNS mass/VBP near/IN border/NN
Diplomats/NNS said/VBD neither/DT government/NN wants/VBZ war/NN ,/, but/CC a/DT miscalculation/NN could/MD trigger/VB a/DT conflict/NN that/WDT would/MD engulf/VB the/DT region/NN ./.
Ethiopia/NNP 's/POS desire/NN for/IN access/NN to/TO the/DT Red/NNP Sea/NNP has/VBZ alarmed/VBN Asmara/NNP ,/, which/WDT fears/VBZ an/DT attack/NN on/IN the/DT port/NN of/IN Assab/NNP ./.
Somalia/NNP and/CC Ethiopia/NNP restored/VBD ties/NNS after/IN Turkey/NNP mediated/VBD talks/NNS in/IN Ankara/NNP ./.
The/DT dispute/NN began/VBD when/WRB Addis/NNP Ababa/NNP signed/VBD a/DT memorandum/NN with/IN Somaliland/NNP ,/, a/DT breakaway/JJ region/NN that/WDT Mogadishu/NNP claims/VBZ as/IN its/PRP$ own/JJ ./.
Jihadists/NNS ambush/VBP convoy/NN in/IN western/JJ Niger/NNP ,/, killing/VBG 34/CD soldiers/NNS
The/DT defence/NN ministry/NN said/VBD the/DT troops/NNS had/VBD been/VBN escorting/VBG civilian/JJ vehicles/NNS when/WRB they/PRP were/VBD attacked/VBN by/IN hundreds/NNS of/IN fighters/NNS on/IN motorcycles/NNS ./.
Niger/NNP 's/POS military/JJ government/NN has/VBZ expelled/VBN U.S./NNP forces/NNS and/CC asked/VBD them/PRP to/TO leave/VB a/DT drone/NN base/NN in/IN Agadez/NNP ./.
Burkina/NNP Faso/NNP ,/, Mali/NNP and/CC Niger/NNP announced/VBD they/PRP were/VBD leaving/VBG the/DT Economic/NNP Community/NNP of/IN West/NNP African/NNP States/NNPS ./.
The/DT three/CD juntas/NNS have/VBP formed/VBN a/DT confederation/NN and/CC pledged/VBN to/TO create/VB a/DT joint/JJ force/NN of/IN 5,000/CD troops/NNS ./.
ECOWAS/NNP leaders/NNS warned/VBD that/IN the/DT withdrawal/NN would/MD hurt/VB trade/NN and/CC the/DT free/JJ movement/NN of/IN people/NNS ./.
In/IN Benin/NNP ,/, soldiers/NNS were/VBD killed/VBN in/IN an/DT attack/NN near/IN the/DT border/NN with/IN Niger/NNP and/CC Burkina/NNP Faso/NNP ,/, the/DT army/NN said/VBD ./.
Togo/NNP has/VBZ extended/VBN a/DT state/NN of/IN emergency/NN in/IN its/PRP$ northern/JJ Savanes/NNP region/NN after/IN repeated/VBN raids/NNS by/IN jihadists/NNS ./.
Coastal/JJ states/NNS fear/VBP the/DT violence/NN will/MD spread/VB south/RB
Analysts/NNS say/VBP the/DT insurgents/NNS exploit/VBP local/JJ grievances/NNS ,/, recruiting/VBG young/JJ men/NNS who/WP feel/VBP abandoned/VBN by/IN the/DT state/NN ./.
The/DT Islamic/NNP State/NNP Sahel/NNP Province/NNP has/VBZ carried/VBN out/RP mass/JJ executions/NNS in/IN the/DT Menaka/NNP region/NN ,/, residents/NNS said/VBD ./.
Tuareg/JJ rebels/NNS said/VBD they/PRP had/VBD shot/VBN down/RP a/DT Malian/JJ army/NN drone/NN near/IN Kidal/NNP ,/, but/CC the/DT claim/NN could/MD not/RB be/VB independently/RB verified/VBN ./.
Mali/NNP says/VBZ it/PRP recaptured/VBD Kidal/NNP from/IN separatists/NNS in/IN November/NNP 2023/CD ,/, a/DT victory/NN the/DT junta/NN celebrated/VBD for/IN days/NNS ./.
Wagner/NNP Group/NNP fighters/NNS suffered/VBD heavy/JJ losses/NNS in/IN an/DT ambush/NN at/IN Tinzaouatene/NNP in/IN July/NNP 2024/CD ./.
Russia/NNP later/RB replaced/VBD the/DT Wagner/NNP force/NN with/IN the/DT Africa/NNP Corps/NNP ,/, which/WDT is/VBZ controlled/VBN by/IN the/DT defence/NN ministry/NN ./.
Mali/NNP junta/NN dissolves/VBZ political/JJ parties/NNS and/CC arrests/VBZ critics/NNS
Opposition/NN figures/NNS who/WP had/VBD called/VBN for/IN a/DT return/NN to/TO civilian/JJ rule/NN were/VBD detained/VBN without/IN charge/NN ./.
The/DT United/NNP Nations/NNPS peacekeeping/NN mission/NN left/VBD Mali/NNP at/IN the/DT junta/NN 's/POS request/NN in/IN 2023/CD ./.
Guinea/NNP 's/POS junta/NN leader/NN ,/, Mamadi/NNP Doumbouya/NNP ,/, is/VBZ seeking/VBG to/TO extend/VB his/PRP$ rule/NN through/IN a/DT new/JJ constitution/NN ./.
Security/NN forces/NNS in/IN Conakry/NNP have/VBP killed/VBN dozens/NNS of/IN protesters/NNS since/IN the/DT 2021/CD coup/NN ,/, rights/NNS groups/NNS say/VBP ./.
Chad/NNP opposition/NN leader/NN killed/VBN in/IN shootout/NN with/IN security/NN forces/NNS
Yaya/NNP Dillo/NNP was/VBD shot/VBN dead/JJ when/WRB soldiers/NNS stormed/VBD his/PRP$ party/NN 's/POS headquarters/NN in/IN the/DT capital/NN ,/, the/DT government/NN said/VBD ./.
His/PRP$ supporters/NNS say/VBP he/PRP was/VBD executed/VBN ,/, and/CC their/PRP$ demands/NNS for/IN an/DT international/JJ inquiry/NN have/VBP been/VBN ignored/VBN ./.
Cameroon/NNP separatists/NNS kidnap/VBP students/NNS in/IN English-speaking/JJ region/NN
Fighting/NN between/IN the/DT army/NN and/CC separatists/NNS in/IN Cameroon/NNP 's/POS northwest/NN and/CC southwest/NN has/VBZ killed/VBN more/JJR than/IN 6,000/CD people/NNS since/IN 2017/CD ./.
Teachers/NNS who/WP defy/VBP the/DT separatists/NNS '/POS school/NN boycott/NN have/VBP been/VBN threatened/VBN and/CC ,/, in/IN some/DT cases/NNS ,/, killed/VBN ./.
In/IN the/DT Central/NNP African/NNP Republic/NNP ,/, Russian/JJ instructors/NNS and/CC government/NN soldiers/NNS have/VBP pushed/VBN rebels/NNS from/IN most/JJS towns/NNS ./.
Libyan/JJ rival/JJ governments/NNS trade/VBP fire/NN in/IN Tripoli/NNP
Clashes/NNS between/IN armed/JJ groups/NNS erupted/VBD in/IN the/DT Libyan/JJ capital/NN after/IN the/DT killing/NN of/IN a/DT militia/NN commander/NN ./.
The/DT UN/NNP mission/NN in/IN Libya/NNP called/VBD for/IN an/DT immediate/JJ ceasefire/NN and/CC urged/VBD all/DT sides/NNS to/TO protect/VB civilians/NNS ./.
Flights/NNS at/IN Mitiga/NNP airport/NN were/VBD suspended/VBN ,/, and/CC schools/NNS were/VBD closed/VBN for/IN a/DT week/NN ./.
Tunisian/JJ authorities/NNS have/VBP jailed/VBN several/JJ opposition/NN figures/NNS on/IN charges/NNS of/IN plotting/VBG against/IN state/NN security/NN ./.
The/DT head/NN of/IN the/DT Ethiopian/NNP Federal/NNP Police/NNP said/VBD officers/NNS had/VBD arrested/VBN 30/CD suspected/VBN members/NNS of/IN the/DT Fano/NNP militia/NN in/IN Addis/NNP Ababa/NNP ./.
A/DT bus/NN carrying/VBG civilians/NNS struck/VBD a/DT landmine/NN in/IN the/DT Oromia/NNP region/NN ,/, killing/VBG eight/CD passengers/NNS ./.
The/DT Oromo/NNP Liberation/NNP Army/NNP ,/, which/WDT is/VBZ fighting/VBG the/DT government/NN ,/, has/VBZ kidnapped/VBN students/NNS and/CC travellers/NNS for/IN ransom/NN ./.
Government/NN officials/NNS blame/VBP the/DT OLA/NNP for/IN the/DT kidnappings/NNS ,/, while/IN the/DT group/NN accuses/VBZ the/DT army/NN of/IN killing/VBG civilians/NNS ./.
Talks/NNS between/IN the/DT two/CD sides/NNS in/IN Tanzania/NNP ended/VBD without/IN a/DT deal/NN in/IN 2023/CD ,/, and/CC hopes/NNS of/IN a/DT settlement/NN have/VBP faded/VBN ./.
Officials/NNS would/MD not/RB say/VB whether/IN the/DT government/NN intended/VBD to/TO resume/VB negotiations/NNS with/IN the/DT rebels/NNS ./.
Somali/JJ forces/NNS ,/, backed/VBN by/IN clan/NN militias/NNS ,/, drove/VBD al-Shabaab/NNP out/IN of/IN the/DT town/NN of/IN Adan/NNP Yabaal/NNP ,/, but/CC the/DT militants/NNS later/RB returned/VBD ./.
A/DT suicide/NN car/NN bomb/NN exploded/VBD outside/IN a/DT restaurant/NN near/IN the/DT Lido/NNP beach/NN in/IN Mogadishu/NNP ,/, killing/VBG at/IN least/JJS 32/CD people/NNS ./.
Many/JJ of/IN those/DT killed/VBN were/VBD young/JJ people/NNS who/WP had/VBD gathered/VBN to/TO watch/VB a/DT football/NN match/NN ./.
The/DT government/NN imposed/VBD a/DT curfew/NN and/CC closed/VBD the/DT main/JJ roads/NNS into/IN the/DT capital/NN ./.
Kenya/NNP and/CC Somalia/NNP say/VBP al-Shabaab/NNP still/RB controls/VBZ large/JJ parts/NNS of/IN the/DT Juba/NNP valley/NN ,/, from/IN where/WRB it/PRP attacks/VBZ Kenyan/JJ border/NN towns/NNS ./.
Washington/NNP has/VBZ warned/VBN that/IN U.S./NNP support/NN for/IN the/DT Somali/JJ army/NN could/MD be/VB reduced/VBN if/IN corruption/NN is/VBZ not/RB addressed/VBN ./.
Pirates/NNS hijack/VBP cargo/NN ship/NN off/IN Somalia/NNP coast/NN
The/DT European/NNP Union/NNP 's/POS naval/JJ force/NN said/VBD its/PRP$ warship/NN had/VBD intercepted/VBN the/DT hijacked/VBN vessel/NN and/CC freed/VBD its/PRP$ crew/NN ./.
Daniel/NNP Chapo/NNP ,/, who/WP heads/VBZ Mozambique/NNP 's/POS ruling/VBG Frelimo/NNP party/NN ,/, met/VBD opposition/NN leaders/NNS in/IN an/DT attempt/NN to/TO calm/VB tensions/NNS ./.
Thousands/NNS of/IN people/NNS marched/VBD in/IN Maputo/NNP on/IN Thursday/NNP ,/, and/CC the/DT marches/NNS passed/VBD off/RP without/IN violence/NN ./.
In/IN Cabo/NNP Delgado/NNP ,/, insurgents/NNS beheaded/VBD several/JJ Christians/NNPS ,/, according/VBG to/TO a/DT statement/NN from/IN a/DT local/JJ church/NN ./.
The/DT Catholic/JJ bishop/NN of/IN Pemba/NNP said/VBD the/DT attacks/NNS showed/VBD that/IN the/DT insurgency/NN had/VBD not/RB been/VBN defeated/VBN ./.
Aid/NN workers/NNS said/VBD many/JJ families/NNS were/VBD living/VBG in/IN makeshift/JJ shelters/NNS without/IN clean/JJ water/NN ./.
Sudan/NNP rebels/NNS seize/VBP key/JJ town/NN in/IN North/NNP Kordofan/NNP
The/DT capture/NN of/IN Bara/NNP gives/VBZ the/DT RSF/NNP control/NN of/IN a/DT road/NN that/WDT links/VBZ Darfur/NNP to/TO central/JJ Sudan/NNP ./.
Army/NN officers/NNS said/VBD reinforcements/NNS had/VBD been/VBN sent/VBN to/TO El/NNP Obeid/NNP ,/, the/DT state/NN capital/NN ,/, where/WRB the/DT command/NN plans/VBZ a/DT counteroffensive/NN ./.
El/NNP Fasher/NNP falls/VBZ to/TO RSF/NNP after/IN 18-month/JJ siege/NN
Satellite/NN images/NNS analysed/VBN by/IN Yale/NNP researchers/NNS showed/VBD clusters/NNS of/IN bodies/NNS and/CC vehicles/NNS near/IN the/DT city/NN 's/POS eastern/JJ wall/NN ./.
The/DT World/NNP Health/NNP Organization/NNP said/VBD more/JJR than/IN 460/CD patients/NNS and/CC their/PRP$ companions/NNS had/VBD been/VBN killed/VBN at/IN the/DT Saudi/JJ maternity/NN hospital/NN ./.
The/DT RSF/NNP said/VBD it/PRP had/VBD arrested/VBN some/DT of/IN its/PRP$ own/JJ fighters/NNS over/IN the/DT killings/NNS ,/, but/CC survivors/NNS described/VBD systematic/JJ executions/NNS ./.
Those/DT who/WP managed/VBD to/TO escape/VB walked/VBD for/IN days/NNS to/TO reach/VB Tawila/NNP ,/, where/WRB aid/NN groups/NNS have/VBP set/VBN up/RP clinics/NNS ./.
"/" They/PRP asked/VBD if/IN we/PRP were/VBD Zaghawa/NNP ,/, and/CC if/IN we/PRP said/VBD yes/UH ,/, they/PRP shot/VBD us/PRP ,/, "/" one/CD survivor/NN told/VBD reporters/NNS ./.
Many/JJ of/IN the/DT wounded/VBN arrived/VBD with/IN gunshot/NN wounds/NNS that/WDT had/VBD not/RB been/VBN treated/VBN for/IN days/NNS ./.
International/JJ calls/NNS for/IN Sudan/NNP ceasefire/NN grow/VBP louder/JJR
The/DT United/NNP States/NNPS ,/, Saudi/NNP Arabia/NNP ,/, Egypt/NNP and/CC the/DT UAE/NNP proposed/VBD a/DT three-month/JJ humanitarian/JJ truce/NN followed/VBN by/IN talks/NNS on/IN a/DT permanent/JJ ceasefire/NN ./.
The/DT RSF/NNP said/VBD it/PRP accepted/VBD the/DT proposal/NN ,/, while/IN the/DT army/NN said/VBD it/PRP would/MD study/VB it/PRP ./.
Burhan/NNP has/VBZ repeatedly/RB rejected/VBN any/DT settlement/NN that/WDT would/MD allow/VB the/DT paramilitaries/NNS to/TO keep/VB their/PRP$ weapons/NNS ./.
Critics/NNS say/VBP the/DT generals/NNS on/IN both/DT sides/NNS have/VBP little/JJ interest/NN in/IN a/DT return/NN to/TO civilian/JJ rule/NN ./.
The/DT civilian/JJ coalition/NN led/VBN by/IN former/JJ prime/JJ minister/NN Abdalla/NNP Hamdok/NNP has/VBZ been/VBN sidelined/VBN by/IN the/DT war/NN ./.
Ethiopia/NNP opens/VBZ giant/JJ Nile/NNP dam/NN despite/IN Egyptian/JJ objections/NNS
Egypt/NNP says/VBZ the/DT dam/NN threatens/VBZ its/PRP$ water/NN supplies/NNS and/CC has/VBZ asked/VBN the/DT Security/NNP Council/NNP to/TO intervene/VB ./.
Addis/NNP Ababa/NNP insists/VBZ the/DT project/NN will/MD not/RB harm/VB downstream/JJ countries/NNS ./.
An/DT attack/NN by/IN Fano/NNP fighters/NNS on/IN a/DT prison/NN in/IN Debre/NNP Markos/NNP freed/VBD hundreds/NNS of/IN inmates/NNS ,/, local/JJ officials/NNS said/VBD ./.
The/DT regional/JJ government/NN described/VBD the/DT attackers/NNS as/IN extremists/NNS bent/JJ on/IN destroying/VBG the/DT federal/JJ system/NN ./.
Nigeria/NNP 's/POS air/NN force/NN said/VBD its/PRP$ jets/NNS had/VBD destroyed/VBN a/DT camp/NN used/VBN by/IN bandits/NNS in/IN Zamfara/NNP state/NN ./.
Residents/NNS said/VBD the/DT bandits/NNS had/VBD imposed/VBN levies/NNS on/IN farmers/NNS and/CC threatened/VBD to/TO kill/VB anyone/NN who/WP refused/VBD to/TO pay/VB ./.
Nigeria/NNP kidnappers/NNS free/VBP 50/CD worshippers/NNS abducted/VBN from/IN church/NN
Police/NNS did/VBD not/RB say/VB whether/IN a/DT ransom/NN had/VBD been/VBN paid/VBN ./.
The/DT Lakurawa/NNP group/NN ,/, which/WDT emerged/VBD in/IN the/DT northwest/NN in/IN recent/JJ years/NNS ,/, has/VBZ been/VBN designated/VBN a/DT terrorist/JJ organisation/NN ./.
Security/NN analysts/NNS warn/VBP that/IN jihadist/JJ groups/NNS from/IN the/DT Sahel/NNP are/VBP moving/VBG into/IN Nigeria/NNP 's/POS border/NN areas/NNS ./.
Ghana/NNP 's/POS government/NN has/VBZ increased/VBN border/NN patrols/NNS ,/, fearing/VBG that/IN the/DT militants/NNS could/MD cross/VB from/IN Burkina/NNP Faso/NNP ./.
The/DT army/NN of/IN Burkina/NNP Faso/NNP arms/VBZ tens/NNS of/IN thousands/NNS of/IN civilian/JJ volunteers/NNS and/CC sends/VBZ them/PRP to/TO fight/VB alongside/IN regular/JJ troops/NNS ./.
Rights/NNS groups/NNS say/VBP the/DT volunteers/NNS have/VBP committed/VBN abuses/NNS against/IN Fulani/JJ civilians/NNS ,/, whom/WP they/PRP accuse/VBP of/IN supporting/VBG the/DT jihadists/NNS ./.
Burkina/NNP Faso/NNP 's/POS junta/NN leader/NN ,/, Ibrahim/NNP Traore/NNP ,/, has/VBZ dismissed/VBN such/JJ reports/NNS as/IN propaganda/NN ./.
Thousands/NNS rally/VBP in/IN Ouagadougou/NNP to/TO back/VB junta/NN
The/DT demonstrators/NNS waved/VBD Russian/JJ flags/NNS and/CC denounced/VBD France/NNP ,/, the/DT former/JJ colonial/JJ power/NN ./.
Paris/NNP has/VBZ withdrawn/VBN its/PRP$ troops/NNS from/IN Mali/NNP ,/, Burkina/NNP Faso/NNP ,/, Niger/NNP ,/, Chad/NNP and/CC Senegal/NNP ,/, and/CC it/PRP hopes/VBZ to/TO keep/VB only/RB a/DT small/JJ presence/NN in/IN Gabon/NNP and/CC Djibouti/NNP ./.
French/JJ officials/NNS say/VBP the/DT military/JJ presence/NN had/VBD become/VBN a/DT liability/NN rather/RB than/IN an/DT asset/NN ./.
A/DT new/JJ UN/NNP report/NN said/VBD the/DT number/NN of/IN people/NNS displaced/VBN by/IN conflict/NN across/IN Africa/NNP has/VBZ reached/VBN a/DT record/JJ 35/CD million/CD ./.
"/" No/DT country/NN can/MD carry/VB this/DT burden/NN alone/RB ,/, "/" the/DT report/NN said/VBD ,/, calling/VBG on/IN donors/NNS to/TO restore/VB the/DT funding/NN they/PRP have/VBP cut/VBN ./.
